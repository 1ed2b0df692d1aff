package co.auditoria.decisiones.concurrencia;

/** Cómo va el cargue de la información del egreso frente a su plazo de 24 horas. */
public enum EstadoCargue {
	OPORTUNO, EXTEMPORANEO, PENDIENTE, VENCIDO
}
