package co.auditoria.decisiones.conciliacion;

/** Hecho: la decisión del auditor que se aplica a la glosa (con soporte, sobre una respuesta que cuenta). */
public record DecisionAplicada(String glosa, DecisionAuditor decision) {

	public TipoDecision tipo() {
		return decision.tipo();
	}

	/** Levanta algo: total o parcialmente (una ratificación no levanta nada). */
	public boolean levantaAlgo() {
		return decision.tipo() != TipoDecision.RATIFICA;
	}

}
