package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;

/**
 * Hecho: el último día que tiene el prestador para responder una glosa, su «vencimiento»; solo si la notificación
 * tiene acuse de recibo (sin acuse el plazo no corre).
 */
public record PlazoRespuesta(String glosa, LocalDate fecha) {
}
