package co.auditoria.decisiones.agendamiento;

/**
 * Los tipos de causal de {@code causales.csv}. Los de {@link #ALCANCE} y {@link #POBLACION} sacan al afiliado de
 * la población objetivo; los de {@link #OPERACION} suspenden la migración digital aunque lo sea.
 */
public enum TipoCausal {
	ALCANCE, POBLACION, OPERACION, USUARIO, AGENDA, INCIDENTE
}
