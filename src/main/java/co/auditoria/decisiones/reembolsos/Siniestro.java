package co.auditoria.decisiones.reembolsos;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * El accidente de trabajo o la enfermedad laboral que originó las prestaciones, con su calificación de origen
 * registrada (de la ARL o de las Juntas) y si fue además un accidente de tránsito (SOAT, nota 2).
 *
 * @param accidenteTransito {@code false} si no viene
 */
public record Siniestro(
		String id,
		@NotNull(message = "es obligatorio") TipoSiniestro tipo,
		@NotNull(message = "es obligatoria") LocalDate fecha,
		@NotNull(message = "es obligatorio") Origen origen,
		@NotNull(message = "es obligatorio") Boolean origenEnFirme,
		Boolean accidenteTransito) {

	public Siniestro {
		accidenteTransito = Boolean.TRUE.equals(accidenteTransito);
	}
}
