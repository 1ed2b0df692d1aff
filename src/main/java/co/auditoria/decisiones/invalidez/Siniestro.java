package co.auditoria.decisiones.invalidez;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** El siniestro que causa la hospitalización. */
public record Siniestro(String id, @NotNull(message = "es obligatorio") TipoSiniestro tipo,
		@NotNull(message = "es obligatoria") LocalDate fecha) {
}
