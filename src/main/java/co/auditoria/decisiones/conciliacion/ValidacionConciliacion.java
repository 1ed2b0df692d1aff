package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.RevisionFechas;

/**
 * Las incoherencias de una historia de glosas que las anotaciones no ven ({@code spec/conciliacion.md}, "Lotes y
 * errores"), todas a la vez y cada una con la ruta de su campo ({@code glosas[1].decisionAuditor.tipo}). Se revisa
 * una solicitud que ya pasó las anotaciones: lo obligatorio está.
 */
final class ValidacionConciliacion {

	private final SolicitudConciliacion solicitud;

	private final LocalDate hoy;

	private final Map<String, GlosaFormulada> porId;

	private final List<ErrorCampo> errores = new ArrayList<>();

	private ValidacionConciliacion(SolicitudConciliacion solicitud, LocalDate hoySinFecha) {
		this.solicitud = solicitud;
		this.hoy = solicitud.fechaEvaluacion() != null ? solicitud.fechaEvaluacion() : hoySinFecha;
		this.porId = solicitud.glosas().stream().collect(Collectors.toMap(GlosaFormulada::id, Function.identity(), (una, otra) -> una));
	}

	/** @param hoySinFecha "hoy" si la solicitud no trae {@code fechaEvaluacion} */
	static List<ErrorCampo> revisar(SolicitudConciliacion solicitud, LocalDate hoySinFecha) {
		Map<String, LocalDate> historia = historia(solicitud);
		RevisionFechas rango = new RevisionFechas().enRango("fechaEvaluacion", solicitud.fechaEvaluacion());
		historia.forEach(rango::enRango);
		for (int j = 0; j < solicitud.comunicaciones().size(); j++) {
			rango.enRango("comunicaciones[" + j + "].fechaCita", solicitud.comunicaciones().get(j).fechaCita());
		}
		if (!rango.errores().isEmpty()) {
			// Un año absurdo haría fallar el calendario; lo demás se revisa cuando las fechas son fechas.
			return rango.errores();
		}
		ValidacionConciliacion validacion = new ValidacionConciliacion(solicitud, hoySinFecha);
		// Lo que ya pasó no puede ser posterior a hoy; una cita, sí (se celebra después).
		RevisionFechas pasado = new RevisionFechas();
		historia.forEach((campo, fecha) -> pasado.noPosterior(campo, fecha, "fechaEvaluacion", validacion.hoy));
		validacion.errores.addAll(pasado.errores());
		validacion.revisarGlosas();
		validacion.revisarComunicaciones();
		validacion.revisarActa();
		return validacion.errores;
	}

	/** Las fechas de la historia de la factura, con la ruta de su campo: todas ya pasaron. */
	private static Map<String, LocalDate> historia(SolicitudConciliacion solicitud) {
		Map<String, LocalDate> fechas = new LinkedHashMap<>();
		fechas.put("factura.fechaRadicacion", solicitud.factura().fechaRadicacion());
		fechas.put("notificacion.fecha", solicitud.notificacion().fecha());
		for (int i = 0; i < solicitud.glosas().size(); i++) {
			GlosaFormulada glosa = solicitud.glosas().get(i);
			String ruta = "glosas[" + i + "]";
			fechas.put(ruta + ".notificacion.fecha", glosa.notificacion() == null ? null : glosa.notificacion().fecha());
			fechas.put(ruta + ".respuestaPrestador.fecha", glosa.respuestaPrestador() == null ? null : glosa.respuestaPrestador().fecha());
			fechas.put(ruta + ".decisionAuditor.fecha", glosa.decisionAuditor() == null ? null : glosa.decisionAuditor().fecha());
		}
		for (int j = 0; j < solicitud.comunicaciones().size(); j++) {
			fechas.put("comunicaciones[" + j + "].fecha", solicitud.comunicaciones().get(j).fecha());
		}
		fechas.put("acta.fecha", solicitud.acta() == null ? null : solicitud.acta().fecha());
		fechas.put("ampliacionAns.fechaNotificacionLider",
				solicitud.ampliacionAns() == null ? null : solicitud.ampliacionAns().fechaNotificacionLider());
		return fechas;
	}

	private void revisarGlosas() {
		Set<String> ids = new HashSet<>();
		BigDecimal suma = BigDecimal.ZERO;
		LocalDate radicacion = solicitud.factura().fechaRadicacion();
		noAntesDe("notificacion.fecha", solicitud.notificacion().fecha(), radicacion, "factura.fechaRadicacion");
		for (int i = 0; i < solicitud.glosas().size(); i++) {
			GlosaFormulada glosa = solicitud.glosas().get(i);
			String ruta = "glosas[" + i + "]";
			if (!ids.add(glosa.id())) {
				error(ruta + ".id", "está repetido: cada glosa tiene un id único");
			}
			suma = suma.add(glosa.valor());
			revisarOrigen(ruta, glosa, radicacion);
			Notificacion notificacion = glosa.nueva() ? glosa.notificacion() : solicitud.notificacion();
			revisarRespuesta(ruta, glosa, notificacion);
			revisarDecision(ruta, glosa);
		}
		if (suma.compareTo(solicitud.factura().valorTotal()) > 0) {
			error("glosas", "la suma de los valores de las glosas (" + suma.toPlainString() + ") supera factura.valorTotal");
		}
	}

	private void revisarOrigen(String ruta, GlosaFormulada glosa, LocalDate radicacion) {
		if (glosa.nueva()) {
			if (glosa.notificacion() == null) {
				error(ruta + ".notificacion", "es obligatoria en una glosa NUEVA");
			}
			else {
				noAntesDe(ruta + ".notificacion.fecha", glosa.notificacion().fecha(), radicacion, "factura.fechaRadicacion");
			}
			if (glosa.surgeDeLaRespuesta() != null && !porId.containsKey(glosa.surgeDeLaRespuesta())) {
				error(ruta + ".surgeDeLaRespuesta", "no es el id de una glosa de la solicitud");
			}
			return;
		}
		if (glosa.notificacion() != null) {
			error(ruta + ".notificacion", "solo va en una glosa NUEVA: la inicial usa la notificación de la factura");
		}
		if (glosa.surgeDeLaRespuesta() != null) {
			error(ruta + ".surgeDeLaRespuesta", "solo va en una glosa NUEVA");
		}
	}

	private void revisarRespuesta(String ruta, GlosaFormulada glosa, Notificacion notificacion) {
		RespuestaPrestador respuesta = glosa.respuestaPrestador();
		if (respuesta == null) {
			return;
		}
		String campo = ruta + ".respuestaPrestador.valorAceptado";
		if (respuesta.tipo() == TipoRespuesta.ACEPTA_PARCIAL) {
			parcial(campo, respuesta.valorAceptado(), glosa.valor(), "valor");
		}
		else if (respuesta.valorAceptado() != null) {
			error(campo, "solo va con tipo ACEPTA_PARCIAL");
		}
		if (notificacion != null) {
			noAntesDe(ruta + ".respuestaPrestador.fecha", respuesta.fecha(), notificacion.fecha(), "su notificación");
		}
	}

	private void revisarDecision(String ruta, GlosaFormulada glosa) {
		DecisionAuditor decision = glosa.decisionAuditor();
		if (decision == null) {
			return;
		}
		RespuestaPrestador respuesta = glosa.respuestaPrestador();
		if (respuesta == null || respuesta.tipo() == TipoRespuesta.ACEPTA_TOTAL) {
			error(ruta + ".decisionAuditor", respuesta == null ? "solo puede venir después de una respuesta del prestador"
					: "no va tras una respuesta ACEPTA_TOTAL: no queda nada que decidir");
		}
		String campo = ruta + ".decisionAuditor.valorLevantado";
		if (decision.tipo() == TipoDecision.LEVANTA_PARCIAL) {
			parcial(campo, decision.valorLevantado(), glosa.valor().subtract(glosa.aceptadoSegunRespuesta()),
					"valor menos lo aceptado por el prestador");
		}
		else if (decision.valorLevantado() != null) {
			error(campo, "solo va con tipo LEVANTA_PARCIAL");
		}
		if (respuesta != null) {
			noAntesDe(ruta + ".decisionAuditor.fecha", decision.fecha(), respuesta.fecha(), "la respuesta del prestador");
		}
	}

	private void revisarComunicaciones() {
		for (int j = 0; j < solicitud.comunicaciones().size(); j++) {
			Citacion citacion = solicitud.comunicaciones().get(j);
			String ruta = "comunicaciones[" + j + "]";
			noAntesDe(ruta + ".fechaCita", citacion.fechaCita(), citacion.fecha(), "su fecha de envío");
		}
	}

	private void revisarActa() {
		Acta acta = solicitud.acta();
		if (acta == null) {
			return;
		}
		Set<String> ids = new HashSet<>();
		for (int k = 0; k < acta.glosas().size(); k++) {
			FilaActa fila = acta.glosas().get(k);
			String ruta = "acta.glosas[" + k + "]";
			GlosaFormulada glosa = porId.get(fila.id());
			if (glosa == null) {
				error(ruta + ".id", "no es el id de una glosa de la solicitud");
				continue;
			}
			if (!ids.add(fila.id())) {
				error(ruta + ".id", "está repetido en el acta");
			}
			BigDecimal enDisputa = glosa.valor().subtract(glosa.aceptadoSegunRespuesta()).subtract(glosa.levantadoSegunDecision());
			if (fila.valorLevantado().compareTo(enDisputa) > 0) {
				error(ruta + ".valorLevantado", "no puede superar lo que queda de la glosa tras la respuesta y la decisión ("
						+ enDisputa.toPlainString() + ")");
			}
		}
	}

	/** Un valor parcial: obligatorio y estrictamente entre 0 y el tope. */
	private void parcial(String campo, BigDecimal valor, BigDecimal tope, String nombreTope) {
		if (valor == null) {
			error(campo, "es obligatorio en una respuesta o decisión parcial");
		}
		else if (valor.signum() <= 0 || valor.compareTo(tope) >= 0) {
			error(campo, "debe ser mayor que 0 y menor que " + nombreTope + " (" + tope.toPlainString() + ")");
		}
	}

	private void noAntesDe(String campo, LocalDate fecha, LocalDate desde, String nombreDesde) {
		if (fecha != null && desde != null && fecha.isBefore(desde)) {
			error(campo, "no puede ser anterior a " + nombreDesde);
		}
	}

	private void error(String campo, String mensaje) {
		errores.add(new ErrorCampo(campo, mensaje));
	}

}
