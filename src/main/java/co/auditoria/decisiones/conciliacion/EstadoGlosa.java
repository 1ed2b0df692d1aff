package co.auditoria.decisiones.conciliacion;

/**
 * El estado de una glosa en la respuesta y conciliación ({@code spec/conciliacion.md}, "Estado de cada glosa"). Las
 * finales ya no cambian; las abiertas esperan al prestador, al auditor o la conciliación.
 */
public enum EstadoGlosa {

	IMPROCEDENTE(true), PENDIENTE_RESPUESTA(false), SIN_RESPUESTA(false), ACEPTADA(true), PENDIENTE_DECISION(false),
	LEVANTADA(true), RATIFICADA(false), CONCILIADA(true), CERRADA_POR_SILENCIO(true);

	private final boolean finalizada;

	EstadoGlosa(boolean finalizada) {
		this.finalizada = finalizada;
	}

	public boolean esFinal() {
		return finalizada;
	}

	/** Sin respuesta vencido el plazo, o ratificada: la glosa está en conciliación. */
	public boolean enConciliacion() {
		return this == SIN_RESPUESTA || this == RATIFICADA;
	}

}
