package co.auditoria.decisiones.engine;

import java.time.LocalDate;

/** Hecho que el motor inserta en toda decisión: la fecha de referencia "hoy" de la evaluación. */
public record Contexto(LocalDate fechaEvaluacion) {
}
