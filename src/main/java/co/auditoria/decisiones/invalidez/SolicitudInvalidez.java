package co.auditoria.decisiones.invalidez;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Un asegurado hospitalizado en auditoría concurrente: el siniestro, sus diagnósticos y procedimientos,
 * la estancia en UCI, la superficie quemada y la pérdida de capacidad laboral (PCL) proyectada o
 * calificada. Es también el hecho principal de las reglas de {@code rules/invalidez/}.
 */
public record SolicitudInvalidez(
		String idCaso,
		@NotNull(message = "es obligatorio") @Valid Siniestro siniestro,
		@NotEmpty(message = "debe traer al menos un diagnóstico") List<@NotNull(message = "no puede ser nulo") @Valid Diagnostico> diagnosticos,
		List<@NotNull(message = "no puede ser nulo") @Valid Procedimiento> procedimientos,
		@PositiveOrZero(message = "no puede ser negativo") Integer diasUci,
		@DecimalMin(value = "0", message = "no puede ser negativo") @DecimalMax(value = "100", message = "no puede ser mayor que 100") Double porcentajeSuperficieQuemada,
		@DecimalMin(value = "0", message = "no puede ser negativa") @DecimalMax(value = "100", message = "no puede ser mayor que 100") Double pclProyectada,
		@DecimalMin(value = "0", message = "no puede ser negativa") @DecimalMax(value = "100", message = "no puede ser mayor que 100") Double pclCalificada,
		Boolean pclEnFirme,
		LocalDate fechaEvaluacion) {

	public SolicitudInvalidez {
		procedimientos = procedimientos == null ? List.of() : procedimientos;
		pclEnFirme = Boolean.TRUE.equals(pclEnFirme);
	}

	public boolean esAccidenteDeTrabajo() {
		return siniestro.tipo() == TipoSiniestro.ACCIDENTE_TRABAJO;
	}

}
