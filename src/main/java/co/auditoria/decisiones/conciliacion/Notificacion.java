package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * La notificación de glosas al prestador: la fecha en que la recibió y si hay acuse de recibo (seed 001: "garantizar
 * que la comunicación de la glosa sea efectivamente recibida"). Sin acuse, el plazo de respuesta no corre.
 */
public record Notificacion(
		@NotNull(message = "es obligatoria") LocalDate fecha,
		@NotNull(message = "es obligatorio") Boolean acuseRecibo) {
}
