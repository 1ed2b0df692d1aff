package co.auditoria.decisiones.glosas;

/** Tipo de servicio de un ítem; decide los soportes exigidos y el concepto específico del manual de glosas. */
public enum TipoServicio {
	ESTANCIA, CONSULTA, HONORARIOS, DERECHOS_SALA, MATERIALES, MEDICAMENTOS, AYUDA_DIAGNOSTICA, PROCEDIMIENTO,
	TRASLADO, OTRO
}
