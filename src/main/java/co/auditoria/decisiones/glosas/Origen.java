package co.auditoria.decisiones.glosas;

/** Origen calificado del siniestro. */
public enum Origen {
	LABORAL, COMUN, SIN_DETERMINAR
}
