package co.auditoria.decisiones.ges;

/** Las garantías de oportunidad de un problema de salud GES (columna "Garantía" del Anexo 4 del informe). */
public enum TipoGarantia {
	CONFIRMACION_DIAGNOSTICA, ETAPIFICACION, TRATAMIENTO, SEGUIMIENTO, SCREENING, ALTA_INTEGRAL
}
