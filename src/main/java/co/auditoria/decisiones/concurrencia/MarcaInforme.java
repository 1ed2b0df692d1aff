package co.auditoria.decisiones.concurrencia;

/**
 * Las marcas del caso para el informe mensual de la concurrencia (seed 001, "ENTREGABLES"), en el orden en que se
 * listan en {@code marcasInforme}.
 */
public enum MarcaInforme {
	CASO_NUEVO, ESTANCIA_PROLONGADA, EVENTO_ADVERSO, REINGRESO, GLOSA_IDENTIFICADA, ANULACION_AUTORIZACION, RECOBRO,
	REHABILITACION
}
