package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;

/**
 * Hecho: la glosa entró en conciliación, sin respuesta ({@code desde} = el vencimiento del plazo de respuesta) o
 * ratificada ({@code desde} = la fecha de la decisión).
 */
public record EnConciliacion(String glosa, EstadoGlosa etapa, LocalDate desde) {
}
