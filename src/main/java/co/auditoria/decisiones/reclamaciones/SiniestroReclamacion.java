package co.auditoria.decisiones.reclamaciones;

import java.time.LocalDate;

import co.auditoria.decisiones.cie10.Cie10;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * El siniestro que se reclama: tipo, fecha, origen calificado y, en una complicación quirúrgica, su código CIE-10.
 * {@code altoCosto} lo marca el sistema de siniestros (el seed no fija umbral) y decide qué soporte clínico se pide.
 */
public record SiniestroReclamacion(
		@NotBlank(message = "es obligatorio") String id,
		@NotNull(message = "es obligatorio") TipoEvento tipo,
		@NotNull(message = "es obligatoria") LocalDate fecha,
		@NotNull(message = "es obligatorio") OrigenEvento origen,
		LugarEvento lugar,
		@Pattern(regexp = Cie10.FORMATO, message = "no es un código CIE-10 válido (letra, dos dígitos y hasta dos caracteres, con o sin punto)")
		String complicacion,
		Boolean altoCosto) {

	public SiniestroReclamacion {
		altoCosto = Boolean.TRUE.equals(altoCosto);
	}
}
