package co.auditoria.decisiones.reembolsos;

/** El estado de un reembolso previo del historial del afiliado o su empleador. */
public enum EstadoAntecedente {
	EN_TRAMITE, APROBADO, PAGADO, OBJETADO
}
