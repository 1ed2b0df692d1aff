package co.auditoria.decisiones.ges;

/**
 * Los grupos de columnas de la tabla VI.1 del informe ("TOTAL cumplidas", "TOTAL exceptuadas", "Caso
 * cerrado") más las garantías que no se evaluaron (Anexo 1) y las pendientes (sin hito).
 */
public enum GrupoResultado {
	NO_EVALUADA, CUMPLIDA, EXCEPTUADA, CASO_CERRADO, PENDIENTE
}
