package co.auditoria.decisiones.reclamaciones;

/** Qué hace una causal de {@code causales.csv} con su alcance: lo objeta entero, objeta una diferencia o lo deja pendiente. */
public enum EfectoCausal {
	OBJECION, OBJECION_PARCIAL, PENDIENTE
}
