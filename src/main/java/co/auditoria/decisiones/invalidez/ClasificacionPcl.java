package co.auditoria.decisiones.invalidez;

/** Clasificación por pérdida de capacidad laboral calificada (Ley 776 de 2002, arts. 5 y 9). */
public enum ClasificacionPcl {

	SIN_INCAPACIDAD_PERMANENTE, INCAPACIDAD_PERMANENTE_PARCIAL, INVALIDEZ

}
