package co.auditoria.decisiones.invalidez;

import jakarta.validation.constraints.NotBlank;

/** Un procedimiento CUPS realizado o programado. */
public record Procedimiento(@NotBlank(message = "es obligatorio") String cups, String descripcion) {
}
