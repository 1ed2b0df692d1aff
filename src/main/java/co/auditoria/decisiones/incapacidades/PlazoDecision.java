package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;

/** Hecho que inserta una regla: fecha límite para decidir la incapacidad (días hábiles desde la radicación). */
public record PlazoDecision(LocalDate fecha) {
}
