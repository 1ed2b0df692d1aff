package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.ErrorCampo;

/**
 * Las incoherencias de una historia de glosas que las anotaciones no ven ({@code spec/conciliacion.md}, "Lotes y
 * errores"), todas a la vez y cada una con la ruta de su campo ({@code glosas[1].decisionAuditor.tipo}). Se revisa
 * una solicitud que ya pasó las anotaciones: lo obligatorio está.
 */
final class ValidacionConciliacion {

	private final SolicitudConciliacion solicitud;

	private final LocalDate hoy;

	private final String nombreHoy;

	private final Map<String, GlosaFormulada> porId;

	private final List<ErrorCampo> errores = new ArrayList<>();

	private ValidacionConciliacion(SolicitudConciliacion solicitud, LocalDate hoySinFecha) {
		this.solicitud = solicitud;
		this.hoy = solicitud.fechaEvaluacion() != null ? solicitud.fechaEvaluacion() : hoySinFecha;
		this.nombreHoy = solicitud.fechaEvaluacion() != null ? "fechaEvaluacion" : "la fecha de hoy";
		this.porId = solicitud.glosas().stream().collect(Collectors.toMap(GlosaFormulada::id, Function.identity(), (una, otra) -> una));
	}

	/** @param hoySinFecha "hoy" si la solicitud no trae {@code fechaEvaluacion} */
	static List<ErrorCampo> revisar(SolicitudConciliacion solicitud, LocalDate hoySinFecha) {
		ValidacionConciliacion validacion = new ValidacionConciliacion(solicitud, hoySinFecha);
		validacion.errores.addAll(FechasEnRango.revisar(solicitud));
		if (!validacion.errores.isEmpty()) {
			// Un año absurdo haría fallar el calendario; lo demás se revisa cuando las fechas son fechas.
			return validacion.errores;
		}
		validacion.revisarGlosas();
		validacion.revisarComunicaciones();
		validacion.revisarActa();
		validacion.noDespuesDeHoy("factura.fechaRadicacion", solicitud.factura().fechaRadicacion());
		validacion.noDespuesDeHoy("ampliacionAns.fechaNotificacionLider",
				solicitud.ampliacionAns() == null ? null : solicitud.ampliacionAns().fechaNotificacionLider());
		return validacion.errores;
	}

	private void revisarGlosas() {
		Set<String> ids = new HashSet<>();
		BigDecimal suma = BigDecimal.ZERO;
		LocalDate radicacion = solicitud.factura().fechaRadicacion();
		noAntesDe("notificacion.fecha", solicitud.notificacion().fecha(), radicacion, "factura.fechaRadicacion");
		noDespuesDeHoy("notificacion.fecha", solicitud.notificacion().fecha());
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
				noDespuesDeHoy(ruta + ".notificacion.fecha", glosa.notificacion().fecha());
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
		noDespuesDeHoy(ruta + ".respuestaPrestador.fecha", respuesta.fecha());
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
		noDespuesDeHoy(ruta + ".decisionAuditor.fecha", decision.fecha());
	}

	private void revisarComunicaciones() {
		for (int j = 0; j < solicitud.comunicaciones().size(); j++) {
			Citacion citacion = solicitud.comunicaciones().get(j);
			String ruta = "comunicaciones[" + j + "]";
			noAntesDe(ruta + ".fechaCita", citacion.fechaCita(), citacion.fecha(), "su fecha de envío");
			noDespuesDeHoy(ruta + ".fecha", citacion.fecha());
		}
	}

	private void revisarActa() {
		Acta acta = solicitud.acta();
		if (acta == null) {
			return;
		}
		noDespuesDeHoy("acta.fecha", acta.fecha());
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

	private void noDespuesDeHoy(String campo, LocalDate fecha) {
		if (fecha != null && fecha.isAfter(hoy)) {
			error(campo, "no puede ser posterior a " + nombreHoy);
		}
	}

	private void error(String campo, String mensaje) {
		errores.add(new ErrorCampo(campo, mensaje));
	}

}
