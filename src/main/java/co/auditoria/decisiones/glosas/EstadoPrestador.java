package co.auditoria.decisiones.glosas;

/** Estado jurídico del prestador (seed 001, "Exclusiones": liquidadas, en liquidación). */
public enum EstadoPrestador {
	ACTIVO, EN_LIQUIDACION, LIQUIDADO
}
