package co.auditoria.decisiones.glosas;

import jakarta.validation.constraints.NotNull;

/** Lo que la auditoría pudo evidenciar de la afiliación (seed 001, "a. Afiliación"). */
public record Afiliacion(
		@NotNull(message = "es obligatorio") Boolean vigenteEnFechaServicio,
		@NotNull(message = "es obligatorio") Boolean empleadorRelacionado,
		RespuestaGerencia respuestaGerenciaAfiliaciones) {

	public boolean evidenciada() {
		return vigenteEnFechaServicio && empleadorRelacionado;
	}
}
