package co.auditoria.decisiones.glosas;

/** Hecho: el manual de glosas que rige la factura según su fecha de radicación. */
public record ManualVigente(ManualGlosas manual) {
}
