package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;

/** Una visita presencial o una llamada de seguimiento al caso, con su fecha-hora. */
public record Contacto(@NotNull(message = "es obligatorio") TipoContacto tipo,
		@NotNull(message = "es obligatoria") LocalDateTime fechaHora) {
}
