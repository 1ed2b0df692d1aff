package co.auditoria.decisiones.reembolsos;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Una autorización aprobada por la ARL para el servicio del ítem, y si el auditor halla que le corresponde. */
public record Autorizacion(
		@NotBlank(message = "es obligatorio") String numero,
		@NotNull(message = "es obligatorio") Boolean correspondeAlServicio) {
}
