package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;

/**
 * Hecho y campo de la respuesta: el plazo de la visita presencial, la primera visita ({@code null} si no hubo) y su
 * estado.
 */
public record VisitaPresencial(LocalDateTime fechaHoraLimite, LocalDateTime fechaHora, EstadoVisita estado) {
}
