package co.auditoria.decisiones.reembolsos;

/** Quién pagó las prestaciones y pide el reembolso: el trabajador o su empleador. */
public enum Solicitante {
	AFILIADO, EMPLEADOR
}
