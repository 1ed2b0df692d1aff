package co.auditoria.decisiones.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Hecho que el motor inserta en toda decisión: la fecha de referencia "hoy" y el instante "ahora" (fecha-hora
 * local de la zona de las reglas) de la evaluación.
 */
public record Contexto(LocalDate fechaEvaluacion, LocalDateTime fechaHoraEvaluacion) {
}
