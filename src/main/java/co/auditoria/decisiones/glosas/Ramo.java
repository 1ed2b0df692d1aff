package co.auditoria.decisiones.glosas;

/** Ramo del siniestro; {@code OTRO} no tiene cobertura (seed 001, nota 6). */
public enum Ramo {
	RIESGOS_LABORALES, ACCIDENTES_PERSONALES, COMPLICACIONES_QUIRURGICAS, OTRO
}
