package co.auditoria.decisiones.glosas;

/** Concepto general de una glosa (manual único de glosas; gráfica "Motivos de Glosa Inicial" del seed 001). */
public enum ConceptoGlosa {
	FACTURACION, TARIFAS, SOPORTES, AUTORIZACION, COBERTURA, PERTINENCIA
}
