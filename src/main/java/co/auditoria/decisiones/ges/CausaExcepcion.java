package co.auditoria.decisiones.ges;

/**
 * Causas de excepción de una garantía, en el orden de la tabla VI.3 del informe N°33/2013. Cada una es
 * también el código de su causal en {@code rules/ges/causales.csv}.
 */
public enum CausaExcepcion {
	INASISTENCIA_BENEFICIARIO, INDICACION_MEDICA, RECHAZO_PRESTADOR, RECHAZO_TRATAMIENTO, OTRA_CAUSA,
	NO_CUMPLE_CRITERIOS_INCLUSION, RECHAZO_GES
}
