package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * La factura glosada con la historia de sus glosas hasta hoy ({@code spec/conciliacion.md}, "Solicitud"). Es también
 * el hecho principal de las reglas de {@code rules/conciliacion/}; cada glosa entra además como {@link GlosaNotificada}.
 */
public record SolicitudConciliacion(
		@NotNull(message = "es obligatoria") @Valid Factura factura,
		@NotNull(message = "es obligatorio") @Valid Prestador prestador,
		@NotNull(message = "es obligatoria") @Valid Notificacion notificacion,
		@NotEmpty(message = "debe traer al menos una glosa") List<@NotNull(message = "no puede ser nula") @Valid GlosaFormulada> glosas,
		List<@NotNull(message = "no puede ser nula") @Valid Citacion> comunicaciones,
		@Valid Acta acta,
		@Valid AmpliacionAns ampliacionAns,
		LocalDate fechaEvaluacion) {

	public SolicitudConciliacion {
		comunicaciones = comunicaciones == null ? List.of() : comunicaciones;
	}

	/**
	 * El ANS amplía un plazo de gestión si se notificó al líder a más tardar el día en que vence sin ampliar
	 * (decisión de producto de {@code spec/conciliacion.md}, "Plazos").
	 */
	public boolean ampliaPlazoDel(LocalDate vencimiento) {
		return ampliacionAns != null && ampliacionAns.notificadaAMasTardarEl(vencimiento);
	}

	@Override
	public String toString() {
		return "SolicitudConciliacion[glosas=" + glosas.size() + ", datos del prestador omitidos]";
	}

}
