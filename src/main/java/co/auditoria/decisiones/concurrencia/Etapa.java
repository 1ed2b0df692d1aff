package co.auditoria.decisiones.concurrencia;

/** Si el asegurado sigue hospitalizado o ya egresó (hay {@code egreso}). */
public enum Etapa {
	HOSPITALIZADO, EGRESADO
}
