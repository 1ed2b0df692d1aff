package co.auditoria.decisiones.glosas;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** El siniestro al que se cargan los servicios: ramo, tipo, fecha y origen calificado. */
public record Siniestro(
		String id,
		@NotNull(message = "es obligatorio") Ramo ramo,
		@NotNull(message = "es obligatorio") TipoSiniestro tipo,
		@NotNull(message = "es obligatoria") LocalDate fecha,
		@NotNull(message = "es obligatorio") Origen origen,
		Boolean origenEnFirme) {

	public Siniestro {
		// Sin dato no se presume la firmeza: un origen común sin firmeza se escala (seed 001, "b. Cobertura").
		origenEnFirme = Boolean.TRUE.equals(origenEnFirme);
	}
}
