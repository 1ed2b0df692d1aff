package co.auditoria.decisiones.agendamiento;

/**
 * Lo que se sabe de la agenda en el momento del contacto: si hay disponibilidad ({@code null}: no se consultó),
 * si el afiliado aceptó la cita que le ofreció el IVR y si ya se le ofrecieron las alternativas ("cambio de
 * franja horaria, cambio de médico", seed 002, "Lina WhatsApp").
 */
public record Agenda(Boolean hayDisponibilidad, Boolean aceptaCita, Boolean alternativasOfrecidas) {

	public Agenda {
		aceptaCita = Boolean.TRUE.equals(aceptaCita);
		alternativasOfrecidas = Boolean.TRUE.equals(alternativasOfrecidas);
	}

	/** Se consultó la agenda y no hay cita disponible. */
	public boolean sinDisponibilidad() {
		return Boolean.FALSE.equals(hayDisponibilidad);
	}

	/** Hay cita disponible y el afiliado la aceptó ("Ofrece cita y usuario acepta"). */
	public boolean citaAceptada() {
		return Boolean.TRUE.equals(hayDisponibilidad) && aceptaCita;
	}

	/** Hay cita disponible y el afiliado no la aceptó ("si usuario no acepta"). */
	public boolean citaNoAceptada() {
		return Boolean.TRUE.equals(hayDisponibilidad) && !aceptaCita;
	}

}
