package co.auditoria.decisiones.conciliacion;

import co.auditoria.decisiones.glosas.EstadoPrestador;
import jakarta.validation.constraints.NotNull;

/**
 * El prestador que responde las glosas; su estado jurídico y un litigio cambian la conciliación (seed 001,
 * "Exclusiones"). El estado es el mismo enumerado de la auditoría inicial.
 */
public record Prestador(
		String nit,
		String nombre,
		@NotNull(message = "es obligatorio") EstadoPrestador estado,
		Boolean enLitigio) {

	public Prestador {
		enLitigio = Boolean.TRUE.equals(enLitigio);
	}

	@Override
	public String toString() {
		return "Prestador[estado=" + estado + ", enLitigio=" + enLitigio + "]";
	}

}
