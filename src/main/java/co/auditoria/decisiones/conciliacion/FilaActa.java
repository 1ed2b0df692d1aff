package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Una glosa del acta de conciliación y lo que la conciliación levanta de ella; el resto lo acepta el prestador. */
public record FilaActa(
		@NotBlank(message = "es obligatorio") String id,
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorLevantado) {
}
