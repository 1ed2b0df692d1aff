package co.auditoria.decisiones.glosas;

import java.time.LocalDate;

/** Hecho y campo de la respuesta: un caso especial escalado a una gerencia, con su plazo de respuesta. */
public record Escalamiento(String codigo, String area, LocalDate fechaLimite) {
}
