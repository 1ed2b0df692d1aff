package co.auditoria.decisiones.conciliacion;

/**
 * La respuesta del prestador a una glosa: las salidas del art. 23 del Decreto 4747 de 2007 (aceptar y emitir nota
 * crédito, subsanar, o indicar justificadamente que la glosa no tiene lugar), partidas como los códigos de
 * respuesta de los manuales únicos de glosas.
 */
public enum TipoRespuesta {
	ACEPTA_TOTAL, ACEPTA_PARCIAL, NO_ACEPTA_SUBSANA, NO_ACEPTA_INJUSTIFICADA, NO_ACEPTA_EXTEMPORANEA
}
