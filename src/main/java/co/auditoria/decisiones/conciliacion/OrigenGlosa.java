package co.auditoria.decisiones.conciliacion;

/**
 * De dónde viene la glosa: de la auditoría inicial, o nueva, formulada después (seed 001, nota 3: solo las que
 * "surjan de hechos detectados en la respuesta dada a la glosa inicial").
 */
public enum OrigenGlosa {
	INICIAL, NUEVA
}
