package co.auditoria.decisiones.ges;

/**
 * Si la prestación garantizada se otorgó, y si fue hasta la fecha límite o después (seed 004, "IV. Conceptos
 * utilizados"): una columna de la tabla de decisión {@code clasificacion.tabla.csv}.
 */
public enum Cumplimiento {
	DENTRO_PLAZO, FUERA_PLAZO, SIN_CUMPLIMIENTO
}
