package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Una incapacidad temporal (IT) radicada ante la ARL para auditoría ({@code spec/incapacidades.md}). Es
 * también el hecho principal de las reglas de {@code rules/incapacidades/}. Trae datos personales del
 * afiliado y del médico: nunca se registran; la auditoría solo guarda un hash de {@code idIncapacidad}.
 */
public record SolicitudIncapacidad(
		@NotBlank(message = "es obligatorio") String idIncapacidad,
		@NotNull(message = "es obligatoria") LocalDate fechaRadicacion,
		@NotNull(message = "es obligatorio") Solicitante solicitante,
		@NotNull(message = "es obligatorio") @Valid Certificado certificado,
		@NotNull(message = "es obligatorio") @Valid Afiliado afiliado,
		@NotNull(message = "es obligatorio") @Valid Siniestro siniestro,
		Boolean historiaClinicaAdjunta,
		Boolean ultimaArlSoportada,
		@PositiveOrZero(message = "no puede ser negativo") Integer incapacidadesPreviasFueraDeRed,
		@PositiveOrZero(message = "no puede ser negativo") Integer diasAcumuladosPrevios,
		List<@NotNull(message = "no puede ser nulo") @Valid Radicacion> radicacionesDelMismoPeriodo,
		LocalDate fechaEvaluacion) {

	public SolicitudIncapacidad {
		historiaClinicaAdjunta = Boolean.TRUE.equals(historiaClinicaAdjunta);
		// Sin soporte explícito de ser la última ARL, no lo es (nota 3 de la ficha técnica).
		ultimaArlSoportada = Boolean.TRUE.equals(ultimaArlSoportada);
		incapacidadesPreviasFueraDeRed = incapacidadesPreviasFueraDeRed == null ? 0 : incapacidadesPreviasFueraDeRed;
		diasAcumuladosPrevios = diasAcumuladosPrevios == null ? 0 : diasAcumuladosPrevios;
		radicacionesDelMismoPeriodo = radicacionesDelMismoPeriodo == null ? List.of() : radicacionesDelMismoPeriodo;
	}

	/** Días de incapacidad acumulados por el mismo siniestro, contando este certificado (long: sin desbordes). */
	public long diasAcumulados() {
		return (long) diasAcumuladosPrevios + certificado.dias();
	}

	/**
	 * A quién se piden documentos: al afiliado y, si radicó la empresa, también a ella (seed 001: "que esta
	 * solicitud le sea entregada al solicitante y al usuario en caso de que el que radique sea la empresa").
	 */
	public List<String> destinatariosDocumentos() {
		return solicitante == Solicitante.EMPRESA ? List.of("AFILIADO", "EMPRESA") : List.of("AFILIADO");
	}

}
