package co.auditoria.decisiones.glosas;

/** Concepto de pertinencia médica del auditor sobre un ítem. */
public enum Pertinencia {
	PERTINENTE, NO_PERTINENTE, SIN_EVALUAR
}
