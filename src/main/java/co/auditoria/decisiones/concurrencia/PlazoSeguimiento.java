package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;

/**
 * Hecho con S, el plazo del siguiente seguimiento del hospitalizado, el último contacto del que se cuenta y si es
 * el primer seguimiento de 24 horas (sin contactos y con estancia corta al notificarse) o la cadencia de 72.
 */
public record PlazoSeguimiento(LocalDateTime ultimoContacto, LocalDateTime limite, boolean primeras24Horas) {
}
