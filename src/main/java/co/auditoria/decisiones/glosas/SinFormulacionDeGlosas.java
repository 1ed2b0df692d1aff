package co.auditoria.decisiones.glosas;

/**
 * Hecho: la factura no admite formular glosas ahora (cerrada, exceptuada, no reconocida o a la espera de una
 * gerencia). Una glosa formulada no se puede ampliar después (seed 001, nota 3), así que se espera a poder
 * formularlas todas juntas.
 *
 * @param resultado el resultado que lo impide
 */
public record SinFormulacionDeGlosas(String resultado) {
}
