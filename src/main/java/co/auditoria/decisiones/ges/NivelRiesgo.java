package co.auditoria.decisiones.ges;

/** Riesgo de incumplir una garantía pendiente según el índice de resolución (spec/ges.md). */
public enum NivelRiesgo {
	BAJO, MEDIO, ALTO, MUY_ALTO, VENCIDA
}
