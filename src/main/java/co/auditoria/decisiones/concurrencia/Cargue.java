package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;

/** Hecho y campo de la respuesta (solo egresado): el plazo del cargue, cuándo se hizo ({@code null} si no) y su estado. */
public record Cargue(LocalDateTime fechaHoraLimite, LocalDateTime fechaHora, EstadoCargue estado) {
}
