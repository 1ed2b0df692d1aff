package co.auditoria.decisiones.conciliacion;

/**
 * Hecho: la factura no sigue los lineamientos de conciliación, por un prestador liquidado (cierre definitivo) o en
 * litigio o embargo (exceptuada hasta el fallo): sin causales y con una sola acción (seed 001, "Exclusiones").
 */
public record FueraDeLineamientos(String motivo) {
}
