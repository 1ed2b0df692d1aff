package co.auditoria.decisiones.agendamiento;

/** El plan del afiliado: plan de beneficios en salud (PBS), régimen subsidiado (RS) u otro. */
public enum PlanSalud {
	PBS, RS, OTRO
}
