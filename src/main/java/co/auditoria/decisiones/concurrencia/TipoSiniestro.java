package co.auditoria.decisiones.concurrencia;

/** Tipo de siniestro del sistema de riesgos laborales por el que el asegurado está hospitalizado. */
public enum TipoSiniestro {
	ACCIDENTE_TRABAJO, ENFERMEDAD_LABORAL
}
