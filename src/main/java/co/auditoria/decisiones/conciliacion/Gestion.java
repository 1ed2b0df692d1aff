package co.auditoria.decisiones.conciliacion;

/**
 * Los plazos de gestión de la auditoría, los únicos que amplía el ANS (seed 001: "ampliar los tiempos de gestión
 * para que no afecten los Acuerdo de Niveles de Servicio"): el de la decisión del auditor y el de la citación.
 */
public enum Gestion {
	DECISION, CITACION
}
