package co.auditoria.decisiones.concurrencia;

/** Cómo va la visita presencial frente a su plazo (concurrencia.md, "Estancia, visita y seguimiento"). */
public enum EstadoVisita {
	OPORTUNA, EXTEMPORANEA, PENDIENTE, NO_REQUERIDA, VENCIDA
}
