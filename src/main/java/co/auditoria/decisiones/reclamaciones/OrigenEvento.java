package co.auditoria.decisiones.reclamaciones;

/**
 * Origen calificado del evento: {@code LABORAL} es un accidente de trabajo o una enfermedad laboral calificados;
 * {@code SIN_DETERMINAR}, un aviso de AT/EL aún sin calificar.
 */
public enum OrigenEvento {
	COMUN, LABORAL, SIN_DETERMINAR
}
