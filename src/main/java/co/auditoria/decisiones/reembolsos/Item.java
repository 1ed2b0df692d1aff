package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Un ítem de la solicitud: un comprobante pagado (una factura de varios servicios es un ítem por su total).
 *
 * @param valor lo pagado y pedido (mayor que 0)
 * @param tarifaCompania la tarifa de la compañía para el traslado; solo cuenta en {@code TRASLADO}
 * @param autorizacion una autorización aprobada por la ARL, o {@code null}
 * @param numeroSolicitud la solicitud del servicio registrada ante la ARL u operador logístico; texto vacío = {@code null}
 * @param soportes códigos de {@code soportes_exigidos.csv}; los desconocidos se ignoran
 */
public record Item(
		@NotBlank(message = "es obligatorio") String id,
		@NotNull(message = "es obligatorio") TipoItem tipo,
		String descripcion,
		@NotNull(message = "es obligatoria") LocalDate fechaServicio,
		@NotNull(message = "es obligatorio") @Positive(message = "debe ser mayor que 0")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valor,
		@DecimalMin(value = "0", message = "no puede ser negativa")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal tarifaCompania,
		@NotNull(message = "es obligatorio") @Valid Comprobante comprobante,
		@Valid Autorizacion autorizacion,
		String numeroSolicitud,
		@NotNull(message = "es obligatoria") Pertinencia pertinencia,
		@NotNull(message = "es obligatorio") Boolean asociadoAlEvento,
		List<@NotNull(message = "no puede ser nulo") String> soportes) {

	public Item {
		numeroSolicitud = numeroSolicitud == null || numeroSolicitud.isBlank() ? null : numeroSolicitud;
		soportes = soportes == null ? List.of() : soportes;
	}
}
