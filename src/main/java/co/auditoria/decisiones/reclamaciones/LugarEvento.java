package co.auditoria.decisiones.reclamaciones;

/** Dónde ocurrió el accidente; Generación Positiva ampara dentro o fuera del plantel: es informativo, nunca causal. */
public enum LugarEvento {
	DENTRO_PLANTEL, FUERA_PLANTEL, NO_APLICA
}
