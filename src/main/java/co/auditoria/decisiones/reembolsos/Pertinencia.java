package co.auditoria.decisiones.reembolsos;

/** Concepto de pertinencia médica y administrativa del auditor sobre un ítem. */
public enum Pertinencia {
	PERTINENTE, NO_PERTINENTE, SIN_EVALUAR
}
