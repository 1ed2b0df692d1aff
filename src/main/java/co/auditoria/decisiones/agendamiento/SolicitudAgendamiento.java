package co.auditoria.decisiones.agendamiento;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Una solicitud de cita de medicina general o pediatría que llega a un canal de la EPS
 * ({@code spec/agendamiento.md}). Es también el hecho principal de las reglas de {@code rules/agendamiento/}.
 * {@code null} en un campo no obligatorio es lo mismo que no enviarlo: aquí toma su valor por omisión.
 */
@SolicitudCoherente
public record SolicitudAgendamiento(
		@NotBlank(message = "es obligatorio") @Size(min = 1, max = 100, message = "debe tener de 1 a 100 caracteres") String idSolicitud,
		@NotNull(message = "es obligatoria") LocalDate fechaSolicitud,
		@NotNull(message = "es obligatorio") CanalEntrada canalEntrada,
		@NotNull(message = "es obligatorio") @Pattern(regexp = CUPS, message = "debe tener de 6 a 8 dígitos") String cups,
		@NotNull(message = "es obligatorio") @Valid AfiliadoCita afiliado,
		Boolean sedeMigrada,
		Boolean contingenciaCanalesDigitales,
		Boolean condicionPreferencial,
		MediosDigitales mediosDigitales,
		Boolean requiereAcompanamiento,
		Boolean insisteCanalTelefonico,
		Agenda agenda,
		@Size(max = MAXIMO_ELEMENTOS, message = "admite hasta 50 casos") List<@Valid CasoRiss> casosRissAbiertos,
		@Valid Incidente incidente) {

	/** Cuántos elementos admite cada lista de la solicitud (casos RISS, marcaciones de riesgo). */
	static final int MAXIMO_ELEMENTOS = 50;

	/** Un código CUPS del servicio pedido: de 6 a 8 dígitos. */
	static final String CUPS = "\\d{6,8}";

	public SolicitudAgendamiento {
		contingenciaCanalesDigitales = Boolean.TRUE.equals(contingenciaCanalesDigitales);
		condicionPreferencial = Boolean.TRUE.equals(condicionPreferencial);
		mediosDigitales = mediosDigitales == null ? new MediosDigitales(null, null, null, null) : mediosDigitales;
		requiereAcompanamiento = Boolean.TRUE.equals(requiereAcompanamiento);
		insisteCanalTelefonico = Boolean.TRUE.equals(insisteCanalTelefonico);
		agenda = agenda == null ? new Agenda(null, null, null) : agenda;
		casosRissAbiertos = casosRissAbiertos == null ? List.of() : casosRissAbiertos;
	}

}
