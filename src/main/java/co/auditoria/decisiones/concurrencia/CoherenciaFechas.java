package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import co.auditoria.decisiones.engine.ErrorCampo;

/**
 * Las incoherencias entre las fechas-hora de una solicitud ({@code spec/concurrencia.md}, "Errores 400 propios"),
 * cada una en el campo con que empieza. Una fecha-hora ausente, mal formada (llega como {@code null}) o fuera de los
 * años 1900 a 2999 no se compara con ninguna: solo tiene su propio error. Las que comparan con la evaluación se
 * separan porque, si {@code fechaHoraEvaluacion} no viene, se comparan con la hora actual.
 */
final class CoherenciaFechas {

	static final int ANIO_MINIMO = 1900;

	static final int ANIO_MAXIMO = 2999;

	private static final String INGRESO = "hospitalizacion.fechaHoraIngreso";

	private static final String NOTIFICACION = "hospitalizacion.fechaHoraNotificacion";

	private static final String EGRESO_ANTERIOR = "hospitalizacion.fechaHoraEgresoAnterior";

	private static final String EGRESO = "egreso.fechaHora";

	private static final String CARGUE = "egreso.fechaHoraCargue";

	private static final String EVALUACION = "fechaHoraEvaluacion";

	private final List<ErrorCampo> errores = new ArrayList<>();

	private CoherenciaFechas() {
	}

	/** Los años fuera de rango y las incoherencias que no dependen de la evaluación. */
	static List<ErrorCampo> entreCampos(SolicitudConcurrencia solicitud) {
		CoherenciaFechas revision = new CoherenciaFechas();
		revision.enRango(solicitud);
		Hospitalizacion hospitalizacion = solicitud.hospitalizacion();
		LocalDateTime ingreso = valida(hospitalizacion == null ? null : hospitalizacion.fechaHoraIngreso());
		LocalDateTime notificacion = notificacion(solicitud);
		revision.noAntes(NOTIFICACION, notificacion, INGRESO, ingreso);
		LocalDateTime anterior = valida(hospitalizacion == null ? null : hospitalizacion.fechaHoraEgresoAnterior());
		if (anterior != null && ingreso != null && !anterior.isBefore(ingreso)) {
			revision.error(EGRESO_ANTERIOR, "debe ser anterior a " + INGRESO);
		}
		LocalDateTime egreso = egreso(solicitud);
		revision.noAntes(EGRESO, egreso, INGRESO, ingreso);
		revision.noAntes(CARGUE, cargue(solicitud), EGRESO, egreso);
		for (int i = 0; i < solicitud.contactos().size(); i++) {
			LocalDateTime contacto = contacto(solicitud, i);
			revision.noAntes("contactos[" + i + "].fechaHora", contacto, NOTIFICACION, notificacion);
			revision.noDespues("contactos[" + i + "].fechaHora", contacto, EGRESO, egreso);
		}
		Siniestro siniestro = solicitud.siniestro();
		if (siniestro != null && siniestro.accidenteTransito() && siniestro.tipo() == TipoSiniestro.ENFERMEDAD_LABORAL) {
			revision.error("siniestro.accidenteTransito", "no puede ser verdadero en una ENFERMEDAD_LABORAL");
		}
		return revision.errores;
	}

	/**
	 * Lo que no puede ser posterior a la evaluación {@code evaluacion} (o ella anterior a la notificación);
	 * {@code nombre} es cómo se la nombra en los mensajes: el campo, o "la hora actual" si no vino.
	 */
	static List<ErrorCampo> contraEvaluacion(SolicitudConcurrencia solicitud, LocalDateTime evaluacion, String nombre) {
		CoherenciaFechas revision = new CoherenciaFechas();
		LocalDateTime notificacion = notificacion(solicitud);
		if (valida(evaluacion) != null && notificacion != null && evaluacion.isBefore(notificacion)) {
			revision.error(EVALUACION, EVALUACION.equals(nombre) ? "no puede ser anterior a " + NOTIFICACION
					: "no vino y " + nombre + " es anterior a " + NOTIFICACION);
		}
		revision.noDespues(EGRESO, egreso(solicitud), nombre, valida(evaluacion));
		revision.noDespues(CARGUE, cargue(solicitud), nombre, valida(evaluacion));
		for (int i = 0; i < solicitud.contactos().size(); i++) {
			revision.noDespues("contactos[" + i + "].fechaHora", contacto(solicitud, i), nombre, valida(evaluacion));
		}
		return revision.errores;
	}

	private void enRango(SolicitudConcurrencia solicitud) {
		Hospitalizacion hospitalizacion = solicitud.hospitalizacion();
		if (hospitalizacion != null) {
			valida(INGRESO, hospitalizacion.fechaHoraIngreso());
			valida(NOTIFICACION, hospitalizacion.fechaHoraNotificacion());
			valida(EGRESO_ANTERIOR, hospitalizacion.fechaHoraEgresoAnterior());
		}
		if (solicitud.egreso() != null) {
			valida(EGRESO, solicitud.egreso().fechaHora());
			valida(CARGUE, solicitud.egreso().fechaHoraCargue());
		}
		valida(EVALUACION, solicitud.fechaHoraEvaluacion());
		for (int i = 0; i < solicitud.contactos().size(); i++) {
			Contacto contacto = solicitud.contactos().get(i);
			valida("contactos[" + i + "].fechaHora", contacto == null ? null : contacto.fechaHora());
		}
	}

	private static LocalDateTime notificacion(SolicitudConcurrencia solicitud) {
		return solicitud.hospitalizacion() == null ? null : valida(solicitud.hospitalizacion().fechaHoraNotificacion());
	}

	private static LocalDateTime egreso(SolicitudConcurrencia solicitud) {
		return solicitud.egreso() == null ? null : valida(solicitud.egreso().fechaHora());
	}

	private static LocalDateTime cargue(SolicitudConcurrencia solicitud) {
		return solicitud.egreso() == null ? null : valida(solicitud.egreso().fechaHoraCargue());
	}

	private static LocalDateTime contacto(SolicitudConcurrencia solicitud, int indice) {
		Contacto contacto = solicitud.contactos().get(indice);
		return contacto == null ? null : valida(contacto.fechaHora());
	}

	/** La fecha-hora si se puede comparar; fuera de rango, además, su error. */
	private LocalDateTime valida(String campo, LocalDateTime fechaHora) {
		if (fechaHora != null && valida(fechaHora) == null) {
			error(campo, "fuera del rango admitido (años " + ANIO_MINIMO + " a " + ANIO_MAXIMO + ")");
		}
		return valida(fechaHora);
	}

	private static LocalDateTime valida(LocalDateTime fechaHora) {
		return fechaHora == null || fechaHora.getYear() < ANIO_MINIMO || fechaHora.getYear() > ANIO_MAXIMO ? null : fechaHora;
	}

	private void noAntes(String campo, LocalDateTime fechaHora, String otro, LocalDateTime referencia) {
		if (fechaHora != null && referencia != null && fechaHora.isBefore(referencia)) {
			error(campo, "no puede ser anterior a " + otro);
		}
	}

	private void noDespues(String campo, LocalDateTime fechaHora, String otro, LocalDateTime referencia) {
		if (fechaHora != null && referencia != null && fechaHora.isAfter(referencia)) {
			error(campo, "no puede ser posterior a " + otro);
		}
	}

	private void error(String campo, String mensaje) {
		errores.add(new ErrorCampo(campo, mensaje));
	}

}
