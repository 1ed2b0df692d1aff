package co.auditoria.decisiones.concurrencia;

/** Origen del siniestro en la herramienta de gestión del siniestro; común cambia la línea de pago. */
public enum Origen {
	LABORAL, COMUN, SIN_DETERMINAR
}
