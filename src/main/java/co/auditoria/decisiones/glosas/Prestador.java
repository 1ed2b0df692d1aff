package co.auditoria.decisiones.glosas;

import jakarta.validation.constraints.NotNull;

/** El prestador que factura; convenio, estado y litigio cambian la decisión (seed 001, nota 2 y "Exclusiones"). */
public record Prestador(
		String nit,
		String nombre,
		@NotNull(message = "es obligatorio") Boolean tieneConvenio,
		@NotNull(message = "es obligatorio") EstadoPrestador estado,
		Boolean enLitigio) {

	public Prestador {
		enLitigio = Boolean.TRUE.equals(enLitigio);
	}
}
