package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;

/**
 * Hecho: una glosa de la solicitud con la notificación que le corre el plazo de respuesta, la suya si es nueva o la
 * de la factura si es inicial ({@code spec/conciliacion.md}: "N = la notificación propia si es NUEVA, si no la de la
 * factura").
 */
public record GlosaNotificada(int posicion, GlosaFormulada glosa, Notificacion notificacion) {

	public String id() {
		return glosa.id();
	}

	public boolean nueva() {
		return glosa.nueva();
	}

	public String surgeDeLaRespuesta() {
		return glosa.surgeDeLaRespuesta();
	}

	/** La respuesta del prestador, o {@code null} si no hay. */
	public RespuestaPrestador respuesta() {
		return glosa.respuestaPrestador();
	}

	/** La decisión del auditor, o {@code null} si no hay. */
	public DecisionAuditor decision() {
		return glosa.decisionAuditor();
	}

	/** Es inicial y el prestador la respondió a más tardar ese día. */
	public boolean inicialRespondidaAMasTardarEl(LocalDate fecha) {
		return !glosa.nueva() && respuesta() != null && !respuesta().fecha().isAfter(fecha);
	}

	/** No hay respuesta, o llegó después del día dado (el último para responder). */
	public boolean sinRespuestaAl(LocalDate dia) {
		return respuesta() == null || respuesta().fecha().isAfter(dia);
	}

	@Override
	public String toString() {
		return "GlosaNotificada[" + glosa.id() + "]";
	}

}
