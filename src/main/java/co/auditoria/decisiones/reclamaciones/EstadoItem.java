package co.auditoria.decisiones.reclamaciones;

/** Cómo queda un ítem tras la liquidación. */
public enum EstadoItem {
	LIQUIDADO, OBJETADO, PENDIENTE
}
