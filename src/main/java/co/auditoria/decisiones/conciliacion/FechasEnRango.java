package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.auditoria.decisiones.engine.ErrorCampo;

/**
 * Las fechas de una solicitud con un año fuera de 1900–2999: se rechazan antes de cualquier otra revisión para que
 * las reglas nunca cuenten días hábiles desde un año absurdo.
 */
final class FechasEnRango {

	private static final int ANIO_MINIMO = 1900;

	private static final int ANIO_MAXIMO = 2999;

	private final List<ErrorCampo> errores = new ArrayList<>();

	private FechasEnRango() {
	}

	static List<ErrorCampo> revisar(SolicitudConciliacion solicitud) {
		FechasEnRango fechas = new FechasEnRango();
		fechas.enRango("factura.fechaRadicacion", solicitud.factura().fechaRadicacion());
		fechas.enRango("notificacion.fecha", solicitud.notificacion().fecha());
		fechas.enRango("fechaEvaluacion", solicitud.fechaEvaluacion());
		for (int i = 0; i < solicitud.glosas().size(); i++) {
			GlosaFormulada glosa = solicitud.glosas().get(i);
			String ruta = "glosas[" + i + "]";
			fechas.enRango(ruta + ".notificacion.fecha", glosa.notificacion() == null ? null : glosa.notificacion().fecha());
			fechas.enRango(ruta + ".respuestaPrestador.fecha",
					glosa.respuestaPrestador() == null ? null : glosa.respuestaPrestador().fecha());
			fechas.enRango(ruta + ".decisionAuditor.fecha", glosa.decisionAuditor() == null ? null : glosa.decisionAuditor().fecha());
		}
		for (int j = 0; j < solicitud.comunicaciones().size(); j++) {
			fechas.enRango("comunicaciones[" + j + "].fecha", solicitud.comunicaciones().get(j).fecha());
			fechas.enRango("comunicaciones[" + j + "].fechaCita", solicitud.comunicaciones().get(j).fechaCita());
		}
		fechas.enRango("acta.fecha", solicitud.acta() == null ? null : solicitud.acta().fecha());
		fechas.enRango("ampliacionAns.fechaNotificacionLider",
				solicitud.ampliacionAns() == null ? null : solicitud.ampliacionAns().fechaNotificacionLider());
		return fechas.errores;
	}

	private void enRango(String campo, LocalDate fecha) {
		if (fecha != null && (fecha.getYear() < ANIO_MINIMO || fecha.getYear() > ANIO_MAXIMO)) {
			errores.add(new ErrorCampo(campo, "fuera del rango admitido (años " + ANIO_MINIMO + " a " + ANIO_MAXIMO + ")"));
		}
	}

}
