package co.auditoria.decisiones.reembolsos;

/** La etapa de la auditoría: la inicial o la conciliación, cuya decisión es el resultado definitivo. */
public enum Etapa {
	AUDITORIA, CONCILIACION
}
