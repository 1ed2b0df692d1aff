package co.auditoria.decisiones.reembolsos;

/** El concepto de una causal de objeción, como se notifica al usuario (seed 001, nota 3: "concepto glosado"). */
public enum ConceptoCausal {
	COBERTURA, AUTORIZACION, PERTINENCIA, FACTURACION, TARIFAS, SOPORTES
}
