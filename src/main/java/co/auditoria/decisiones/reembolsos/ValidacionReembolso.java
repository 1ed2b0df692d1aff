package co.auditoria.decisiones.reembolsos;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.ErrorCampo;

/**
 * Los 400 propios del dominio ({@code spec/reembolsos.md}, "Errores 400 propios"), todos a la vez: ids de ítem
 * repetidos, fechas posteriores a la radicación o una evaluación anterior a ella, la conciliación sin su fecha,
 * un accidente de tránsito en una enfermedad laboral, una factura sin el dato DIAN y un accidente de tránsito de un
 * año sin salario mínimo en el catálogo. La lista es cerrada: ninguna otra relación entre fechas es un error. Además,
 * años fuera de 1900–2999, para que ninguna regla calcule con fechas absurdas.
 */
final class ValidacionReembolso {

	private static final int ANIO_MINIMO = 1900;

	private static final int ANIO_MAXIMO = 2999;

	private final List<ErrorCampo> errores = new ArrayList<>();

	private ValidacionReembolso() {
	}

	/** @param salarios el catálogo de salarios de las reglas activas, o {@code null} si no hay reglas activas */
	static List<ErrorCampo> errores(SolicitudReembolso solicitud, SalariosMinimos salarios) {
		ValidacionReembolso validacion = new ValidacionReembolso();
		validacion.revisar(solicitud, salarios);
		return validacion.errores;
	}

	private void revisar(SolicitudReembolso solicitud, SalariosMinimos salarios) {
		LocalDate radicacion = enRango("reembolso.fechaRadicacion", solicitud.reembolso().fechaRadicacion());
		Siniestro siniestro = solicitud.siniestro();
		LocalDate fechaSiniestro = enRango("siniestro.fecha", siniestro.fecha());
		noPosterior("siniestro.fecha", fechaSiniestro, radicacion);
		noAnterior("fechaEvaluacion", enRango("fechaEvaluacion", solicitud.fechaEvaluacion()), radicacion);
		enRango("fechaRequerimientoCorreo", solicitud.fechaRequerimientoCorreo());
		LocalDate conciliacion = enRango("fechaConciliacion", solicitud.fechaConciliacion());
		if (solicitud.etapa() == Etapa.CONCILIACION) {
			if (solicitud.fechaConciliacion() == null) {
				errores.add(new ErrorCampo("fechaConciliacion", "es obligatoria en la etapa CONCILIACION"));
			}
			noAnterior("fechaConciliacion", conciliacion, radicacion);
		}
		if (siniestro.accidenteTransito() && siniestro.tipo() == TipoSiniestro.ENFERMEDAD_LABORAL) {
			errores.add(new ErrorCampo("siniestro.accidenteTransito", "una ENFERMEDAD_LABORAL no es un accidente de tránsito"));
		}
		else if (siniestro.accidenteTransito() && salarios != null && fechaSiniestro != null
				&& !salarios.tiene(fechaSiniestro.getYear())) {
			errores.add(new ErrorCampo("siniestro.fecha", "el año " + fechaSiniestro.getYear()
					+ " no tiene salario mínimo en salario_minimo.csv para calcular el tope SOAT"));
		}
		Map<String, Integer> ids = new HashMap<>();
		for (int i = 0; i < solicitud.items().size(); i++) {
			Item item = solicitud.items().get(i);
			String ruta = "items[" + i + "]";
			noPosterior(ruta + ".fechaServicio", enRango(ruta + ".fechaServicio", item.fechaServicio()), radicacion);
			noPosterior(ruta + ".comprobante.fechaExpedicion",
					enRango(ruta + ".comprobante.fechaExpedicion", item.comprobante().fechaExpedicion()), radicacion);
			if (item.comprobante().tipo() == TipoComprobante.FACTURA && item.comprobante().cumpleRequisitosDian() == null) {
				errores.add(new ErrorCampo(ruta + ".comprobante.cumpleRequisitosDian", "es obligatorio en una FACTURA"));
			}
			Integer primero = ids.putIfAbsent(item.id().strip(), i);
			if (primero != null) {
				errores.add(new ErrorCampo(ruta + ".id", "está repetido: es el de items[" + primero + "]"));
			}
		}
	}

	/** La fecha si está en el rango admitido; si no, el error y {@code null} para no compararla con otras. */
	private LocalDate enRango(String campo, LocalDate fecha) {
		if (fecha != null && (fecha.getYear() < ANIO_MINIMO || fecha.getYear() > ANIO_MAXIMO)) {
			errores.add(new ErrorCampo(campo, "fuera del rango admitido (años " + ANIO_MINIMO + " a " + ANIO_MAXIMO + ")"));
			return null;
		}
		return fecha;
	}

	private void noPosterior(String campo, LocalDate fecha, LocalDate radicacion) {
		if (fecha != null && radicacion != null && fecha.isAfter(radicacion)) {
			errores.add(new ErrorCampo(campo, "no puede ser posterior a reembolso.fechaRadicacion"));
		}
	}

	private void noAnterior(String campo, LocalDate fecha, LocalDate radicacion) {
		if (fecha != null && radicacion != null && fecha.isBefore(radicacion)) {
			errores.add(new ErrorCampo(campo, "no puede ser anterior a reembolso.fechaRadicacion"));
		}
	}
}
