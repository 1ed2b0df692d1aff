package co.auditoria.decisiones.glosas;

/** Un código del manual único de glosas con su descripción oficial. */
public record CodigoOficial(String codigo, String descripcion) {
}
