package co.auditoria.decisiones.reclamaciones;

import jakarta.validation.constraints.NotNull;

/** La autorización previa del servicio; sin número no hay autorización que cotejar. */
public record AutorizacionServicio(
		String numero,
		@NotNull(message = "es obligatorio") Boolean correspondeAlServicio) {

	/** Hay una autorización con número y corresponde al servicio facturado. */
	public boolean valida() {
		return numero != null && !numero.isBlank() && correspondeAlServicio;
	}
}
