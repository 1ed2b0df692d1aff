package co.auditoria.decisiones.agendamiento;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Un caso RISS del afiliado aún sin respuesta: se radicó porque no había agenda para un servicio ("Se generará
 * número de radicado visible en el canal", seed 002, "Lina WhatsApp").
 */
public record CasoRiss(
		@NotBlank(message = "es obligatorio") @Size(min = 1, max = 100, message = "debe tener de 1 a 100 caracteres") String radicado,
		@NotNull(message = "es obligatorio") @Pattern(regexp = SolicitudAgendamiento.CUPS, message = "debe tener de 6 a 8 dígitos") String cups,
		@NotNull(message = "es obligatoria") LocalDate fechaRadicacion) {
}
