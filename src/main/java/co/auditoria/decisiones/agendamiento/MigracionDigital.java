package co.auditoria.decisiones.agendamiento;

/**
 * Hecho: para esta solicitud rige "solo por medios digitales": población objetivo, sede migrada y sin contingencia
 * de los canales digitales.
 */
public record MigracionDigital() {
}
