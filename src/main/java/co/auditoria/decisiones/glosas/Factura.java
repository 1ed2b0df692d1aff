package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** La factura radicada: su número es la referencia del caso y va en la notificación (Ley 1438 de 2011, art. 57). */
public record Factura(
		@NotBlank(message = "es obligatorio") String numero,
		LocalDate fechaExpedicion,
		@NotNull(message = "es obligatoria") LocalDate fechaRadicacion,
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorTotal) {
}
