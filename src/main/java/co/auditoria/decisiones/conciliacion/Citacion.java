package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * Una comunicación de citación a conciliación: cuándo se envió, por qué medio, si hay acuse de recibo ("se debe
 * adjuntar la evidencia de acuse de recibido", seed 001) y para cuándo cita.
 */
public record Citacion(
		@NotNull(message = "es obligatoria") LocalDate fecha,
		@NotNull(message = "es obligatorio") MedioComunicacion medio,
		@NotNull(message = "es obligatorio") Boolean acuseRecibo,
		@NotNull(message = "es obligatoria") LocalDate fechaCita) {
}
