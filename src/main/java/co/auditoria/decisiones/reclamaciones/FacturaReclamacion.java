package co.auditoria.decisiones.reclamaciones;

import java.time.LocalDate;
import java.util.List;

import co.auditoria.decisiones.glosas.Ambito;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Una factura de la reclamación. El ámbito es el mismo enumerado de {@code glosas} ({@code spec/reclamaciones.md}:
 * "como en glosas.md").
 */
public record FacturaReclamacion(
		@NotBlank(message = "es obligatorio") String numero,
		LocalDate fechaExpedicion,
		@NotNull(message = "es obligatorio") Ambito ambito,
		@NotNull(message = "es obligatorio") @Valid PrestadorReclamacion prestador,
		@NotNull(message = "es obligatorio") @Valid Persona paciente,
		@Valid MedicoTratante medicoTratante,
		@Valid DatosReembolso reembolso,
		@NotEmpty(message = "debe traer al menos un ítem")
		List<@Valid ItemReclamacion> items) {
}
