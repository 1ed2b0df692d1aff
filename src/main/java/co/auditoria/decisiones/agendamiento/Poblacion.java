package co.auditoria.decisiones.agendamiento;

/** Si el afiliado es población objetivo de la migración: ninguna causal de alcance ni de población. */
public enum Poblacion {
	OBJETIVO, NO_OBJETIVO
}
