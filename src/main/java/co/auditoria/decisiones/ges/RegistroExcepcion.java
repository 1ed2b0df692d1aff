package co.auditoria.decisiones.ges;

/**
 * Si la garantía tiene excepción, y si se registró hasta la fecha límite, después o sin fecha (seed 004, "IV.
 * Conceptos utilizados"): una columna de la tabla de decisión {@code clasificacion.tabla.csv}.
 */
public enum RegistroExcepcion {
	DENTRO_PLAZO, FUERA_PLAZO, SIN_FECHA, SIN_EXCEPCION
}
