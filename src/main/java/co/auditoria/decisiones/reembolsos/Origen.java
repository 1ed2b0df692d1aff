package co.auditoria.decisiones.reembolsos;

/** La calificación de origen registrada del siniestro (de la ARL o de las Juntas de Calificación de Invalidez). */
public enum Origen {
	LABORAL, COMUN, SIN_CALIFICAR
}
