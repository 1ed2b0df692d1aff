package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** Un amparo de la póliza y su valor asegurado, tope acumulado de lo reconocido en el siniestro. */
public record AmparoContratado(
		@NotNull(message = "es obligatorio") Amparo amparo,
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorAsegurado) {
}
