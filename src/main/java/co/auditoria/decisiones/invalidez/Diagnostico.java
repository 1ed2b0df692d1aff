package co.auditoria.decisiones.invalidez;

import co.auditoria.decisiones.cie10.Cie10;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Un diagnóstico CIE-10, guardado sin punto. Sin origen, es el del siniestro: laboral. */
public record Diagnostico(
		@NotBlank(message = "es obligatorio") @Pattern(regexp = Cie10.FORMATO, message = "no es un código CIE-10 válido (p. ej. S82.2 o S822)") String cie10,
		Origen origen) {

	public Diagnostico {
		cie10 = Cie10.normalizar(cie10);
		origen = origen == null ? Origen.LABORAL : origen;
	}
}
