package co.auditoria.decisiones.ges;

/**
 * Hecho que insertan las reglas de {@code asegurador.drl}: el tipo del asegurador de la garantía según el
 * catálogo de tipos. Una garantía sin asegurador no lo tiene.
 */
public record TipoDelAsegurador(TipoAsegurador tipo) {
}
