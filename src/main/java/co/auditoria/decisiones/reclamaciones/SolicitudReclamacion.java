package co.auditoria.decisiones.reclamaciones;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Una reclamación de gastos de un siniestro de accidentes personales, Generación Positiva o Cirugía Positiva
 * ({@code spec/reclamaciones.md}). Es el hecho principal de {@code rules/reclamaciones/}; cada factura entra además
 * como {@link FacturaReclamada} y cada ítem como {@link ItemReclamado}.
 *
 * <p>Los elementos de las listas no llevan anotaciones: un arreglo de miles de valores inválidos daría miles de
 * violaciones, que el validador junta en tiempo cuadrático. Los revisa {@link ValidacionReclamacion}, uno por uno.
 */
public record SolicitudReclamacion(
		@NotBlank(message = "es obligatorio") String idReclamacion,
		@NotNull(message = "es obligatorio") TipoReclamacion tipoReclamacion,
		@NotNull(message = "es obligatoria") LocalDate fechaRadicacion,
		LocalDate fechaEntregaDocumentos,
		LocalDate fechaEvaluacion,
		@NotNull(message = "es obligatoria") @Valid Poliza poliza,
		@NotNull(message = "es obligatorio") @Valid Persona asegurado,
		@NotNull(message = "es obligatorio") @Valid SiniestroReclamacion siniestro,
		List<@Valid ReconocimientoPrevio> reconocimientosPrevios,
		@NotEmpty(message = "debe traer al menos una factura")
		List<@Valid FacturaReclamacion> facturas) {

	public SolicitudReclamacion {
		reconocimientosPrevios = reconocimientosPrevios == null ? List.of() : reconocimientosPrevios;
	}

	public boolean esReembolso() {
		return tipoReclamacion == TipoReclamacion.REEMBOLSO;
	}

	/**
	 * Desde cuándo corre el mes del artículo 1080 del Código de Comercio: la entrega de lo que se pidió, si la hubo,
	 * o la radicación.
	 */
	public LocalDate inicioPlazoLegal() {
		return fechaEntregaDocumentos != null ? fechaEntregaDocumentos : fechaRadicacion;
	}

	@Override
	public String toString() {
		return "SolicitudReclamacion[idReclamacion=" + idReclamacion + "]";
	}
}
