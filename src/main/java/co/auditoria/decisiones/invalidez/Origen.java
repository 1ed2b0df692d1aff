package co.auditoria.decisiones.invalidez;

/** Origen de un diagnóstico. */
public enum Origen {
	LABORAL, COMUN, SIN_DETERMINAR
}
