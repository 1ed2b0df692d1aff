package co.auditoria.decisiones.conciliacion;

/** La decisión del auditor sobre la respuesta: levantar total o parcialmente la glosa, o ratificarla (seed 001). */
public enum TipoDecision {
	LEVANTA_TOTAL, LEVANTA_PARCIAL, RATIFICA
}
