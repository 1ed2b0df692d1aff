package co.auditoria.decisiones.ges;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * La excepción de una garantía: su causa y cuándo se registró; sin fecha cuando no se pudo determinar
 * ("Exceptuada sin plazo"). Es un hecho de las reglas.
 */
public record Excepcion(@NotNull(message = "es obligatoria") CausaExcepcion causa, LocalDate fecha) {
}
