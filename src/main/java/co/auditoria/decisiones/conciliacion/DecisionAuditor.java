package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * La decisión del auditor sobre la respuesta del prestador, que "deberá contar con el respectivo soporte" (seed
 * 001); {@code valorLevantado} solo en {@link TipoDecision#LEVANTA_PARCIAL}.
 */
public record DecisionAuditor(
		@NotNull(message = "es obligatoria") LocalDate fecha,
		@NotNull(message = "es obligatorio") TipoDecision tipo,
		@NotNull(message = "es obligatorio") Boolean soporte,
		@DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorLevantado) {
}
