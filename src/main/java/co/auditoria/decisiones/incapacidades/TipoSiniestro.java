package co.auditoria.decisiones.incapacidades;

/** Tipo del siniestro al que se asocia la incapacidad. */
public enum TipoSiniestro {
	ACCIDENTE_TRABAJO, ENFERMEDAD_LABORAL
}
