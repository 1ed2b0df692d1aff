package co.auditoria.decisiones.reclamaciones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import co.auditoria.decisiones.cie10.Cie10;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.glosas.TipoServicio;

/**
 * Las incoherencias entre campos de una reclamación que las anotaciones no expresan ({@code spec/reclamaciones.md},
 * "Errores de validación"), todas juntas y cada una con la ruta de su campo. También los elementos nulos o vacíos de
 * las listas: como anotaciones, un arreglo de miles de elementos inválidos tardaría minutos (ver
 * {@link SolicitudReclamacion}); aquí cuesta lo que mide la lista.
 */
final class ValidacionReclamacion {

	private static final int ANIO_MINIMO = 1900;

	private static final int ANIO_MAXIMO = 2999;

	private static final Pattern CIE10 = Pattern.compile(Cie10.FORMATO);

	private static final String CIE10_INVALIDO = "no es un código CIE-10 válido (letra, dos dígitos y hasta dos caracteres, con o sin punto)";

	private final List<ErrorCampo> errores = new ArrayList<>();

	private ValidacionReclamacion() {
	}

	static List<ErrorCampo> de(SolicitudReclamacion solicitud) {
		ValidacionReclamacion validacion = new ValidacionReclamacion();
		validacion.elementos(solicitud);
		validacion.fechas(solicitud);
		validacion.poliza(solicitud.poliza());
		validacion.facturas(solicitud);
		if (solicitud.siniestro().tipo() == TipoEvento.COMPLICACION_QUIRURGICA && solicitud.siniestro().complicacion() == null) {
			validacion.error("siniestro.complicacion", "es obligatoria en una COMPLICACION_QUIRURGICA");
		}
		return validacion.errores;
	}

	/** Ningún elemento de una lista puede ser nulo; los textos, tampoco vacíos; las complicaciones, CIE-10. */
	private void elementos(SolicitudReclamacion solicitud) {
		noNulos("reconocimientosPrevios", solicitud.reconocimientosPrevios(), "no puede ser nulo");
		noNulos("facturas", solicitud.facturas(), "no puede ser nula");
		noNulos("poliza.amparos", solicitud.poliza().amparos(), "no puede ser nulo");
		List<String> cubiertas = solicitud.poliza().complicacionesCubiertas();
		for (int k = 0; k < cubiertas.size(); k++) {
			if (cubiertas.get(k) == null || !CIE10.matcher(cubiertas.get(k)).matches()) {
				error("poliza.complicacionesCubiertas[" + k + "]", cubiertas.get(k) == null ? "no puede ser nula" : CIE10_INVALIDO);
			}
		}
		List<String> excluidos = solicitud.poliza().codigosExcluidos();
		for (int k = 0; k < excluidos.size(); k++) {
			if (excluidos.get(k) == null || excluidos.get(k).isBlank()) {
				error("poliza.codigosExcluidos[" + k + "]", "no puede estar vacío");
			}
		}
		for (int i = 0; i < solicitud.facturas().size(); i++) {
			if (solicitud.facturas().get(i) != null) {
				noNulos("facturas[" + i + "].items", solicitud.facturas().get(i).items(), "no puede ser nulo");
			}
		}
	}

	private void noNulos(String ruta, List<?> lista, String mensaje) {
		for (int i = 0; i < lista.size(); i++) {
			if (lista.get(i) == null) {
				error(ruta + "[" + i + "]", mensaje);
			}
		}
	}

	/** Un año absurdo haría fallar la aritmética de fechas de las reglas; el orden solo se revisa entre fechas en rango. */
	private void fechas(SolicitudReclamacion solicitud) {
		LocalDate radicacion = enRango("fechaRadicacion", solicitud.fechaRadicacion());
		LocalDate entrega = enRango("fechaEntregaDocumentos", solicitud.fechaEntregaDocumentos());
		LocalDate evaluacion = enRango("fechaEvaluacion", solicitud.fechaEvaluacion());
		LocalDate inicio = enRango("poliza.fechaInicioVigencia", solicitud.poliza().fechaInicioVigencia());
		LocalDate fin = enRango("poliza.fechaFinVigencia", solicitud.poliza().fechaFinVigencia());
		LocalDate siniestro = enRango("siniestro.fecha", solicitud.siniestro().fecha());
		for (int i = 0; i < solicitud.facturas().size(); i++) {
			FacturaReclamacion factura = solicitud.facturas().get(i);
			if (factura == null) {
				continue;
			}
			enRango("facturas[" + i + "].fechaExpedicion", factura.fechaExpedicion());
			for (int j = 0; j < factura.items().size(); j++) {
				if (factura.items().get(j) != null) {
					enRango("facturas[" + i + "].items[" + j + "].fechaPrestacion", factura.items().get(j).fechaPrestacion());
				}
			}
		}
		if (inicio != null && fin != null && fin.isBefore(inicio)) {
			error("poliza.fechaFinVigencia", "no puede ser anterior a poliza.fechaInicioVigencia");
		}
		if (radicacion == null) {
			return;
		}
		if (siniestro != null && siniestro.isAfter(radicacion)) {
			error("siniestro.fecha", "no puede ser posterior a fechaRadicacion");
		}
		if (entrega != null && entrega.isBefore(radicacion)) {
			error("fechaEntregaDocumentos", "no puede ser anterior a fechaRadicacion");
		}
		if (evaluacion != null && evaluacion.isBefore(radicacion)) {
			error("fechaEvaluacion", "no puede ser anterior a fechaRadicacion");
		}
	}

	private void poliza(Poliza poliza) {
		Set<Amparo> amparos = new HashSet<>();
		for (int k = 0; k < poliza.amparos().size(); k++) {
			if (poliza.amparos().get(k) != null && !amparos.add(poliza.amparos().get(k).amparo())) {
				error("poliza.amparos[" + k + "].amparo", "está repetido en la póliza");
			}
		}
	}

	private void facturas(SolicitudReclamacion solicitud) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < solicitud.facturas().size(); i++) {
			FacturaReclamacion factura = solicitud.facturas().get(i);
			if (factura == null) {
				continue;
			}
			if (solicitud.esReembolso() && factura.reembolso() == null) {
				error("facturas[" + i + "].reembolso", "es obligatorio en una reclamación de REEMBOLSO");
			}
			for (int j = 0; j < factura.items().size(); j++) {
				ItemReclamacion item = factura.items().get(j);
				String ruta = "facturas[" + i + "].items[" + j + "]";
				if (item == null) {
					continue;
				}
				if (!ids.add(item.id())) {
					error(ruta + ".id", "está repetido en la reclamación");
				}
				if (item.tipoServicio() == TipoServicio.MEDICAMENTOS && item.medicamento() == null) {
					error(ruta + ".medicamento", "es obligatorio en MEDICAMENTOS");
				}
			}
		}
	}

	/** La fecha, o {@code null} si no vino o está fuera de rango (ese error ya quedó dicho). */
	private LocalDate enRango(String campo, LocalDate fecha) {
		if (fecha != null && (fecha.getYear() < ANIO_MINIMO || fecha.getYear() > ANIO_MAXIMO)) {
			error(campo, "fuera del rango admitido (años " + ANIO_MINIMO + " a " + ANIO_MAXIMO + ")");
			return null;
		}
		return fecha;
	}

	private void error(String campo, String mensaje) {
		errores.add(new ErrorCampo(campo, mensaje));
	}

}
