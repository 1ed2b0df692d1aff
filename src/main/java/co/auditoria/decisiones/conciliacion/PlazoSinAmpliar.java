package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;

/** Hecho: un plazo de gestión de la auditoría de una glosa tal como lo fija la norma, antes de la ampliación de ANS. */
public record PlazoSinAmpliar(String glosa, Gestion gestion, LocalDate fecha) {
}
