package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * La respuesta del prestador a una glosa (art. 57 de la Ley 1438 de 2011: "indicando su aceptación o justificando
 * la no aceptación"); {@code valorAceptado} solo en {@link TipoRespuesta#ACEPTA_PARCIAL}.
 */
public record RespuestaPrestador(
		@NotNull(message = "es obligatoria") LocalDate fecha,
		@NotNull(message = "es obligatorio") TipoRespuesta tipo,
		@DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorAceptado) {
}
