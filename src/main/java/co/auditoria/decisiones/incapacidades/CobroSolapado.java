package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;

/** Hecho: otra radicación de otro solicitante que cubre días del mismo periodo (posible doble cobro). */
public record CobroSolapado(String idRadicacion, Solicitante solicitante, LocalDate desde, LocalDate hasta) {

	/** Los días que el certificado y la otra radicación cubren a la vez. */
	public static CobroSolapado entre(Certificado certificado, Radicacion otra) {
		LocalDate desde = certificado.fechaInicio().isAfter(otra.fechaInicio()) ? certificado.fechaInicio() : otra.fechaInicio();
		LocalDate hasta = certificado.fechaFin().isBefore(otra.fechaFin()) ? certificado.fechaFin() : otra.fechaFin();
		return new CobroSolapado(otra.id(), otra.solicitante(), desde, hasta);
	}

}
