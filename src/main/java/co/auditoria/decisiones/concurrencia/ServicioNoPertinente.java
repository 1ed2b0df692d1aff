package co.auditoria.decisiones.concurrencia;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Un servicio, insumo o medicamento que el auditor encontró no pertinente. */
public record ServicioNoPertinente(
		@NotNull(message = "es obligatorio") TipoServicioNoPertinente tipo,
		@Size(max = 20, message = "admite hasta 20 caracteres") @Pattern(regexp = Texto.NO_EN_BLANCO, message = Texto.EN_BLANCO) String codigo,
		@NotNull(message = "es obligatoria") @Size(max = 500, message = "admite hasta 500 caracteres") @Pattern(regexp = Texto.NO_EN_BLANCO, message = Texto.EN_BLANCO) String descripcion) {

	/** La descripción es texto libre del auditor: puede nombrar al paciente, no va a los logs. */
	@Override
	public String toString() {
		return "ServicioNoPertinente[tipo=" + tipo + ", codigo=" + codigo + "]";
	}

}
