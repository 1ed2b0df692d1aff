package co.auditoria.decisiones.glosas;

/** Tipo de evento que origina la atención facturada. */
public enum TipoSiniestro {
	ACCIDENTE_TRABAJO, ENFERMEDAD_LABORAL, ACCIDENTE_PERSONAL, COMPLICACION_QUIRURGICA
}
