package co.auditoria.decisiones.concurrencia;

/** Si el seguimiento del asegurado hospitalizado está al día o su plazo ya pasó. */
public enum EstadoSeguimiento {
	AL_DIA, VENCIDO
}
