package co.auditoria.decisiones.reembolsos;

/**
 * Lo que el auditor marca para reportar (seed 001, "6. AUDITORIA DE REEMBOLSOS ACTIVIDADES": calificación de PCL,
 * error en la radicación por parte del operador logístico, diligenciamiento erróneo de las bitácoras).
 */
public enum HallazgoAuditor {
	CALIFICACION_PCL, ERROR_RADICACION, BITACORA_ERRONEA
}
