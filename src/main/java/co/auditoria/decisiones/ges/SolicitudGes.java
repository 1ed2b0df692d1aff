package co.auditoria.decisiones.ges;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Una garantía de oportunidad GES muestreada: su plazo (fecha límite del decreto GES), y lo que pasó con
 * ella: cumplimiento, excepción o cierre del caso, más lo que el fiscalizador concluyó de su
 * documentación. Es también el hecho principal de las reglas de {@code rules/ges/}. Los días son
 * corridos ({@code spec/calendario.md}).
 */
public record SolicitudGes(
		String idGarantia,
		String asegurador,
		@Pattern(regexp = "\\d{1,3}(\\.\\d{1,2})?", message = "debe ser el número del problema de salud GES (p. ej. 21 o 24.2)") String problemaSalud,
		TipoGarantia tipoGarantia,
		LocalDate fechaInicio,
		@NotNull(message = "es obligatoria") LocalDate fechaLimite,
		LocalDate fechaCumplimiento,
		@Valid Excepcion excepcion,
		@Valid CasoCerrado casoCerrado,
		Evaluabilidad evaluabilidad,
		LocalDate fechaEvaluacion) {

	public SolicitudGes {
		evaluabilidad = evaluabilidad == null ? Evaluabilidad.EVALUABLE : evaluabilidad;
	}

	/** El cumplimiento de la garantía frente a su fecha límite. */
	public Cumplimiento cumplimiento() {
		if (fechaCumplimiento == null) {
			return Cumplimiento.SIN_CUMPLIMIENTO;
		}
		return fechaCumplimiento.isAfter(fechaLimite) ? Cumplimiento.FUERA_PLAZO : Cumplimiento.DENTRO_PLAZO;
	}

	/** La excepción de la garantía frente a su fecha límite. */
	public RegistroExcepcion excepcionRegistrada() {
		if (excepcion == null) {
			return RegistroExcepcion.SIN_EXCEPCION;
		}
		if (excepcion.fecha() == null) {
			return RegistroExcepcion.SIN_FECHA;
		}
		return excepcion.fecha().isAfter(fechaLimite) ? RegistroExcepcion.FUERA_PLAZO : RegistroExcepcion.DENTRO_PLAZO;
	}

	/** Si la garantía nombra su asegurador (no nulo ni en blanco). */
	public boolean tieneAsegurador() {
		return asegurador != null && !asegurador.isBlank();
	}

	public boolean tieneCasoCerrado() {
		return casoCerrado != null;
	}

	/** Días corridos del plazo, de {@code fechaInicio} a {@code fechaLimite}; {@code null} sin fecha de inicio. */
	public Long diasPlazo() {
		return fechaInicio == null ? null : ChronoUnit.DAYS.between(fechaInicio, fechaLimite);
	}

}
