package co.auditoria.decisiones.invalidez;

/** Tipo de siniestro del sistema de riesgos laborales. */
public enum TipoSiniestro {
	ACCIDENTE_TRABAJO, ENFERMEDAD_LABORAL
}
