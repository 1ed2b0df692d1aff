package co.auditoria.decisiones.concurrencia;

/** "Servicios, insumos y/o medicamentos no pertinentes" (seed 001). */
public enum TipoServicioNoPertinente {
	SERVICIO, INSUMO, MEDICAMENTO
}
