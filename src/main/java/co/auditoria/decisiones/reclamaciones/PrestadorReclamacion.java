package co.auditoria.decisiones.reclamaciones;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** La IPS que factura: con o sin convenio (decide la tarifa) y habilitada o no para hospitalizar. */
public record PrestadorReclamacion(
		@NotBlank(message = "es obligatorio") String nit,
		@NotBlank(message = "es obligatorio") String nombre,
		@NotNull(message = "es obligatorio") Boolean tieneConvenio,
		@NotNull(message = "es obligatorio") Boolean habilitado) {
}
