package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * La certificación de la aseguradora del SOAT (nota 2): lo pagado por el amparo de gastos médicos, sumando lo que
 * pagó la ADRES en las pólizas de rango diferencial del Decreto 2497 de 2022.
 */
public record CertificacionSoat(
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorPagado,
		String aseguradora) {
}
