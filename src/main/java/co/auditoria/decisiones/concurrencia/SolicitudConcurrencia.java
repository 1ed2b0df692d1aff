package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Un asegurado hospitalizado en el censo diario de la auditoría concurrente, con la historia del caso: ingreso,
 * notificación, contactos, hallazgos y, si ya salió, el egreso ({@code spec/concurrencia.md}, "Solicitud"). Es
 * también el hecho principal de las reglas de {@code rules/concurrencia/}. Las incoherencias entre sus fechas las
 * revisa {@link FechasCoherentes}, junto con las demás anotaciones, para que vayan todas en el mismo 400.
 */
@FechasCoherentes
public record SolicitudConcurrencia(
		@NotNull(message = "es obligatorio") @Size(max = 100, message = "admite hasta 100 caracteres") @Pattern(regexp = Texto.NO_EN_BLANCO, message = Texto.EN_BLANCO) String idCaso,
		@Size(max = 100, message = "admite hasta 100 caracteres") @Pattern(regexp = Texto.NO_EN_BLANCO, message = Texto.EN_BLANCO) String sucursal,
		@NotNull(message = "es obligatorio") @Valid Siniestro siniestro,
		@NotNull(message = "es obligatoria") @Valid Hospitalizacion hospitalizacion,
		@Size(max = 500, message = "admite hasta 500 contactos") List<@NotNull(message = "no puede ser nulo") @Valid Contacto> contactos,
		@Valid Hallazgos hallazgos,
		Rehabilitacion rehabilitacion,
		Boolean historiaClinicaIncompleta,
		@Valid Egreso egreso,
		LocalDateTime fechaHoraEvaluacion) {

	public SolicitudConcurrencia {
		contactos = contactos == null ? List.of() : contactos;
		hallazgos = hallazgos == null ? Hallazgos.NINGUNO : hallazgos;
		rehabilitacion = rehabilitacion == null ? Rehabilitacion.NO_REQUERIDA : rehabilitacion;
		historiaClinicaIncompleta = Boolean.TRUE.equals(historiaClinicaIncompleta);
	}

	public boolean egresado() {
		return egreso != null;
	}

	/** La primera visita presencial (la más temprana: {@code contactos} llega en cualquier orden), o {@code null}. */
	public LocalDateTime primeraVisita() {
		LocalDateTime primera = null;
		for (Contacto contacto : contactos) {
			if (contacto.tipo() == TipoContacto.VISITA_PRESENCIAL && (primera == null || contacto.fechaHora().isBefore(primera))) {
				primera = contacto.fechaHora();
			}
		}
		return primera;
	}

	/** El último contacto, visita o llamada (el más reciente), o {@code null} si no hubo ninguno. */
	public LocalDateTime ultimoContacto() {
		LocalDateTime ultimo = null;
		for (Contacto contacto : contactos) {
			if (ultimo == null || contacto.fechaHora().isAfter(ultimo)) {
				ultimo = contacto.fechaHora();
			}
		}
		return ultimo;
	}

	/** Sin el identificador ni los textos libres del auditor: puede llegar a un log. */
	@Override
	public String toString() {
		return "SolicitudConcurrencia[siniestro=" + (siniestro == null ? null : siniestro.tipo()) + ", egresado=" + egresado()
				+ ", contactos=" + contactos.size() + ", hallazgos=" + hallazgos + "]";
	}

}
