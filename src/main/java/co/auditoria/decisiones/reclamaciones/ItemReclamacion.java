package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;
import java.time.LocalDate;

import co.auditoria.decisiones.glosas.Pertinencia;
import co.auditoria.decisiones.glosas.TipoServicio;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Un ítem de una factura tal como llega. Tipo de servicio y pertinencia son los enumerados de {@code glosas}.
 * {@code tarifaPactada} y {@code valorSoat} nulos: no hay esa tarifa para el servicio.
 */
public record ItemReclamacion(
		@NotBlank(message = "es obligatorio") String id,
		@NotNull(message = "es obligatorio") Amparo amparo,
		@NotNull(message = "es obligatorio") TipoServicio tipoServicio,
		@NotBlank(message = "es obligatorio") String codigo,
		String descripcion,
		LocalDate fechaPrestacion,
		@NotNull(message = "es obligatoria") @Positive(message = "debe ser mayor que 0") Integer cantidad,
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", inclusive = false, message = "debe ser mayor que 0")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorUnitario,
		@DecimalMin(value = "0", message = "no puede ser negativa")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal tarifaPactada,
		@DecimalMin(value = "0", message = "no puede ser negativo")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valorSoat,
		@Valid AutorizacionServicio autorizacion,
		@NotNull(message = "es obligatoria") Pertinencia pertinencia,
		@NotNull(message = "es obligatorio") SoporteHistoriaClinica soportadoEnHistoriaClinica,
		@Valid Medicamento medicamento) {
}
