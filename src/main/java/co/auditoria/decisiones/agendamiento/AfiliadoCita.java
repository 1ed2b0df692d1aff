package co.auditoria.decisiones.agendamiento;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * El afiliado que pide la cita: su plan, su edad (por la fecha de nacimiento), la sede (USS) a la que está
 * asignado por cápita y sus marcaciones de riesgo (cada una de 1 a 100 caracteres: lo revisa
 * {@link CoherenciaSolicitud}). La fecha de nacimiento es un dato personal:
 * {@link #toString()} no la muestra para que nunca llegue a un log.
 */
public record AfiliadoCita(
		@NotNull(message = "es obligatorio") PlanSalud plan,
		@NotNull(message = "es obligatoria") LocalDate fechaNacimiento,
		@NotBlank(message = "es obligatoria") @Size(min = 1, max = 100, message = "debe tener de 1 a 100 caracteres") String sedeCapita,
		@Size(max = SolicitudAgendamiento.MAXIMO_ELEMENTOS, message = "admite hasta 50 marcaciones") List<String> marcacionesRiesgo) {

	public AfiliadoCita {
		marcacionesRiesgo = marcacionesRiesgo == null ? List.of() : marcacionesRiesgo;
	}

	@Override
	public String toString() {
		return "AfiliadoCita[plan=" + plan + ", sedeCapita=" + sedeCapita + ", datos personales omitidos]";
	}

}
