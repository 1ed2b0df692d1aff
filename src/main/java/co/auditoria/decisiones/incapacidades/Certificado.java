package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import co.auditoria.decisiones.cie10.Cie10;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * El certificado de incapacidad temporal tal como se radicó. Es hecho de las reglas: el médico y la
 * entidad pueden faltar (eso decide la causal IT_EMISOR_INCOMPLETO), las fechas y los días no.
 */
public record Certificado(
		@NotNull(message = "es obligatoria") LocalDate fechaExpedicion,
		@NotNull(message = "es obligatoria") LocalDate fechaInicio,
		@NotNull(message = "es obligatorio") @Positive(message = "debe ser mayor que 0") Integer dias,
		@NotBlank(message = "es obligatorio") @Pattern(regexp = Cie10.FORMATO, message = "no es un código CIE-10 válido (p. ej. S82.2 o S822)") String diagnosticoCie10,
		@NotNull(message = "es obligatoria") Modalidad modalidad,
		AmbitoAtencion ambitoAtencion,
		@NotNull(message = "es obligatorio") FormatoCertificado formato,
		@Valid Medico medico,
		@Valid Entidad entidad,
		Boolean presentaEnmendaduras,
		Boolean adicionManualDiagnostico) {

	public Certificado {
		diagnosticoCie10 = Cie10.normalizar(diagnosticoCie10);
		ambitoAtencion = ambitoAtencion == null ? AmbitoAtencion.AMBULATORIO : ambitoAtencion;
		presentaEnmendaduras = Boolean.TRUE.equals(presentaEnmendaduras);
		adicionManualDiagnostico = Boolean.TRUE.equals(adicionManualDiagnostico);
	}

	/** Último día de incapacidad: el de inicio cuenta como el primero. */
	public LocalDate fechaFin() {
		return fechaInicio.plusDays(dias - 1L);
	}

	/** Días corridos entre el inicio y la expedición; 0 o menos si no es retroactivo. */
	public long diasRetroactivos() {
		return ChronoUnit.DAYS.between(fechaInicio, fechaExpedicion);
	}

	public boolean retroactivo() {
		return diasRetroactivos() > 0;
	}

	/** Categoría CIE-10 de tres caracteres del diagnóstico ({@code S82} para {@code S82.2}). */
	public String categoriaDiagnostico() {
		return Cie10.categoria(diagnosticoCie10);
	}

	/** Si el certificado cubre al menos un día del periodo dado (ambos extremos incluidos). */
	public boolean seSolapaCon(LocalDate inicio, LocalDate fin) {
		return !fechaInicio.isAfter(fin) && !fechaFin().isBefore(inicio);
	}

}
