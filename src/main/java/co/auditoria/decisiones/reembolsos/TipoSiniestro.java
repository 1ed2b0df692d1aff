package co.auditoria.decisiones.reembolsos;

/** El evento que originó las prestaciones. */
public enum TipoSiniestro {
	ACCIDENTE_TRABAJO, ENFERMEDAD_LABORAL
}
