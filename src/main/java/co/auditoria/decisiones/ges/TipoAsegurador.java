package co.auditoria.decisiones.ges;

/**
 * Tipo de asegurador del catálogo {@code rules/ges/tipos-asegurador.csv}: ISAPRE abierta o cerrada (Anexos 2 y 5
 * del informe N°33/2013) o el seguro público, FONASA, que no es una ISAPRE (Ley 19.966) y por eso no entra en
 * la comparación de abiertas y cerradas de la sección VI.2.
 */
public enum TipoAsegurador {
	ABIERTA, CERRADA, PUBLICO
}
