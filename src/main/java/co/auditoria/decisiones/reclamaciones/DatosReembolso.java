package co.auditoria.decisiones.reclamaciones;

import jakarta.validation.constraints.NotNull;

/** Lo que se verifica de una factura de reembolso: "requisitos de la DIAN ... originales y ... debidamente canceladas". */
public record DatosReembolso(
		@NotNull(message = "es obligatorio") Boolean cumpleRequisitosDian,
		@NotNull(message = "es obligatorio") Boolean original,
		@NotNull(message = "es obligatorio") Boolean cancelada) {

	public boolean valida() {
		return cumpleRequisitosDian && original && cancelada;
	}
}
