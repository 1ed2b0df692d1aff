package co.auditoria.decisiones.incapacidades;

/** Origen calificado del siniestro. */
public enum Origen {
	LABORAL, COMUN, SIN_DETERMINAR
}
