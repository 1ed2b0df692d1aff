package co.auditoria.decisiones.agendamiento;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * El formulario de incidentes de los canales digitales (seed 002, "Formulario para Call Transar y Embajadores"):
 * qué pasó, en qué canal, la descripción del error y si el usuario autoriza el uso de sus datos. La descripción
 * es texto libre que puede traer datos personales: {@link #toString()} no la muestra.
 */
public record Incidente(
		@NotNull(message = "es obligatorio") TipoIncidente tipo,
		@NotNull(message = "es obligatorio") CanalDigital canal,
		@NotBlank(message = "es obligatoria") @Size(min = 1, max = 2000, message = "debe tener de 1 a 2000 caracteres") String descripcion,
		Boolean autorizaUsoDatos) {

	public Incidente {
		autorizaUsoDatos = Boolean.TRUE.equals(autorizaUsoDatos);
	}

	@Override
	public String toString() {
		return "Incidente[tipo=" + tipo + ", canal=" + canal + ", autorizaUsoDatos=" + autorizaUsoDatos
				+ ", descripción omitida]";
	}

}
