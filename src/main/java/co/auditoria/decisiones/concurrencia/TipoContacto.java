package co.auditoria.decisiones.concurrencia;

/** Cómo se hizo un contacto de la auditoría concurrente con el caso. */
public enum TipoContacto {
	VISITA_PRESENCIAL, SEGUIMIENTO_TELEFONICO
}
