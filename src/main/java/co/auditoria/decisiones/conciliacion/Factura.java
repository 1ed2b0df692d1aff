package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * La factura glosada: su número es la referencia del caso; la radicación fija el manual de glosas y los 4 meses del
 * cierre máximo (seed 001, literal d).
 */
public record Factura(
		@NotBlank(message = "es obligatorio") String numero,
		@NotNull(message = "es obligatoria") LocalDate fechaRadicacion,
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", inclusive = false, message = "debe ser mayor que 0")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorTotal) {
}
