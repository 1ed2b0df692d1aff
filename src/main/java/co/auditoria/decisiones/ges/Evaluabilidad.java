package co.auditoria.decisiones.ges;

/**
 * Lo que el fiscalizador concluyó de la documentación de la garantía ("Conceptos utilizados" y Anexo 1
 * del informe). Solo una garantía {@code EVALUABLE} se clasifica por sus plazos.
 */
public enum Evaluabilidad {
	EVALUABLE, NO_EVALUABLE, NO_CONCLUYENTE, INGRESO_ERRONEO, SIN_INFORMACION
}
