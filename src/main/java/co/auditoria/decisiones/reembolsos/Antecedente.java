package co.auditoria.decisiones.reembolsos;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Un reembolso previo del afiliado o su empleador, para la revisión histórica del doble cobro (seed 001: "Realizar
 * la revisión histórica del reembolso solicitado ... verificando que no haya un doble cobro"). Hecho de las reglas.
 */
public record Antecedente(
		@NotBlank(message = "es obligatorio") String numeroReembolso,
		@NotBlank(message = "es obligatorio") String nitEmisor,
		@NotBlank(message = "es obligatorio") String numeroComprobante,
		@NotNull(message = "es obligatorio") EstadoAntecedente estado) {

	/** El mismo comprobante (emisor y número, sin distinguir mayúsculas ni espacios alrededor) que el del ítem. */
	public boolean esDelComprobante(ItemReembolso item) {
		return item.tieneComprobante(nitEmisor, numeroComprobante);
	}

	/** Cobrado en otro reembolso que no se objetó: un reembolso objetado no se pagó, y el mismo número es este. */
	public boolean cobradoFueraDe(String numeroReembolsoActual) {
		return estado != EstadoAntecedente.OBJETADO && !numeroReembolso.strip().equalsIgnoreCase(numeroReembolsoActual.strip());
	}
}
