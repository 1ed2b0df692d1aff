package co.auditoria.decisiones.reembolsos;

/** Lo que una causal hace con el valor de un ítem ({@code spec/reembolsos.md}, "Causales"). */
public enum EfectoCausal {
	/** Objeta el ítem por todo su valor. */
	OBJETA,
	/** Objeta una diferencia de valor (la tarifa de un traslado). */
	OBJETA_DIFERENCIA,
	/** Lo deja pendiente hasta que se aporte lo que falta. */
	PENDIENTE
}
