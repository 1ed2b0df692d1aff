package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * El egreso de la IPS: cuándo, qué documentos recibió el asegurado, qué se le exige (exámenes solicitados,
 * incapacidad, servicios tras el alta) y cuándo se cargó la información en la herramienta de gestión.
 * {@code requiereIncapacidad} es verdadero si no viene: el documento exige la incapacidad sin "si aplica".
 */
public record Egreso(
		@NotNull(message = "es obligatoria") LocalDateTime fechaHora,
		@Size(max = 20, message = "admite hasta 20 documentos") List<@NotNull(message = "no puede ser nulo") DocumentoEgreso> documentos,
		Boolean examenesSolicitados,
		Boolean requiereIncapacidad,
		Boolean requiereServiciosPostEgreso,
		LocalDateTime fechaHoraCargue) {

	public Egreso {
		documentos = documentos == null ? List.of() : documentos;
		examenesSolicitados = Boolean.TRUE.equals(examenesSolicitados);
		requiereIncapacidad = !Boolean.FALSE.equals(requiereIncapacidad);
		requiereServiciosPostEgreso = Boolean.TRUE.equals(requiereServiciosPostEgreso);
	}

}
