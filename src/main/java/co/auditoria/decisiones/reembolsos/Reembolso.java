package co.auditoria.decisiones.reembolsos;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * La radicación del reembolso: su número (el identificador del caso), la fecha desde la que corren los plazos,
 * quién lo pide y la ciudad (para el informe mensual: "ciudades de mayores reembolsos").
 */
public record Reembolso(
		@NotBlank(message = "es obligatorio") String numero,
		@NotNull(message = "es obligatoria") LocalDate fechaRadicacion,
		@NotNull(message = "es obligatorio") Solicitante solicitante,
		String ciudad) {

	public Reembolso {
		ciudad = ciudad == null || ciudad.isBlank() ? null : ciudad.strip();
	}
}
