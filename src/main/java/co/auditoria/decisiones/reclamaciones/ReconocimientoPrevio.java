package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** Lo ya reconocido en este siniestro por un amparo: consume su valor asegurado. */
public record ReconocimientoPrevio(
		@NotNull(message = "es obligatorio") Amparo amparo,
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valor) {
}
