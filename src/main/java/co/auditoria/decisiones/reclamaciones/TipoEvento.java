package co.auditoria.decisiones.reclamaciones;

/** El evento que se reclama; el riesgo biológico es un {@code ACCIDENTE} con ítems de ese amparo. */
public enum TipoEvento {
	ACCIDENTE, COMPLICACION_QUIRURGICA
}
