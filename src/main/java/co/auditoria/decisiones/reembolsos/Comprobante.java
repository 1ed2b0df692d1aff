package co.auditoria.decisiones.reembolsos;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * El comprobante de pago de un ítem (seed 001, sección 7: "que la presentación de las facturas cumpla con los
 * requisitos de la DIAN, y que las cuentas de cobro sean originales y estén debidamente canceladas (aplica solo
 * para reembolsos)").
 *
 * @param cumpleRequisitosDian obligatorio en {@code FACTURA}; en {@code CUENTA_DE_COBRO} se ignora
 */
public record Comprobante(
		@NotNull(message = "es obligatorio") TipoComprobante tipo,
		@NotBlank(message = "es obligatorio") String numero,
		@NotBlank(message = "es obligatorio") String nitEmisor,
		@NotNull(message = "es obligatoria") LocalDate fechaExpedicion,
		Boolean cumpleRequisitosDian,
		@NotNull(message = "es obligatorio") Boolean original,
		@NotNull(message = "es obligatorio") Boolean cancelada) {
}
