package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Otra radicación conocida (p. ej. el recobro de una EPS) para cruzar periodos y evitar un doble pago. */
public record Radicacion(String id,
		@NotNull(message = "es obligatorio") Solicitante solicitante,
		@NotNull(message = "es obligatoria") LocalDate fechaInicio,
		@NotNull(message = "es obligatorio") @Positive(message = "debe ser mayor que 0") Integer dias) {

	public LocalDate fechaFin() {
		return fechaInicio.plusDays(dias - 1L);
	}

}
