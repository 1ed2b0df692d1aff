package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;

/** Hecho con V, el plazo de la visita presencial: 48 horas hábiles desde la notificación. */
public record PlazoVisita(LocalDateTime limite) {
}
