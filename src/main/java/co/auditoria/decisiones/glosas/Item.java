package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Un ítem (línea) de la factura tal como llega en la solicitud. */
public record Item(
		@NotBlank(message = "es obligatorio") String id,
		@NotBlank(message = "es obligatorio") String codigo,
		String descripcion,
		@NotNull(message = "es obligatorio") TipoServicio tipoServicio,
		@NotNull(message = "es obligatoria") LocalDate fechaPrestacion,
		@NotNull(message = "es obligatoria") @Positive(message = "debe ser mayor que 0") Integer cantidad,
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorUnitario,
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorTotal,
		@DecimalMin(value = "0", message = "no puede ser negativa")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal tarifaPactada,
		@DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorSoatPleno,
		@Valid Autorizacion autorizacion,
		List<@NotBlank(message = "no puede estar vacío") String> soportes,
		Pertinencia pertinencia) {

	public Item {
		soportes = soportes == null ? List.of() : soportes;
		pertinencia = pertinencia == null ? Pertinencia.SIN_EVALUAR : pertinencia;
	}
}
