package co.auditoria.decisiones.reclamaciones;

/** A qué alcanza una causal de {@code causales.csv}: toda la reclamación, todos los ítems de una factura, un ítem, o el tope de un amparo. */
public enum Alcance {
	RECLAMACION, FACTURA, ITEM, AMPARO
}
