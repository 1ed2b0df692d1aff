package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;
import java.util.List;

import co.auditoria.decisiones.cie10.Cie10;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** El siniestro al que se asocia la incapacidad, con su calificación de origen y de PCL. */
public record Siniestro(
		String id,
		@NotNull(message = "es obligatorio") TipoSiniestro tipo,
		LocalDate fecha,
		@NotNull(message = "es obligatorio") Origen origen,
		Boolean origenEnFirme,
		List<@NotNull(message = "no puede ser nulo") @Pattern(regexp = Cie10.FORMATO, message = "no es un código CIE-10 válido (p. ej. S82.2 o S822)") String> diagnosticosCalificados,
		@DecimalMin(value = "0", message = "no puede ser negativa") @DecimalMax(value = "100", message = "no puede ser mayor que 100") Double pclCalificada,
		Boolean pclEnFirme,
		Boolean relacionadoCovid19) {

	public Siniestro {
		origenEnFirme = Boolean.TRUE.equals(origenEnFirme);
		diagnosticosCalificados = diagnosticosCalificados == null ? List.of()
				: diagnosticosCalificados.stream().map(Cie10::normalizar).toList();
		pclEnFirme = Boolean.TRUE.equals(pclEnFirme);
		relacionadoCovid19 = Boolean.TRUE.equals(relacionadoCovid19);
	}

}
