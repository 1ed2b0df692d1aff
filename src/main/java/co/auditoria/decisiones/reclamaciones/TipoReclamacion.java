package co.auditoria.decisiones.reclamaciones;

/** Quién reclama: la IPS que atendió cobra, o el asegurado pide el reintegro de lo que pagó. */
public enum TipoReclamacion {
	PRESTADOR, REEMBOLSO
}
