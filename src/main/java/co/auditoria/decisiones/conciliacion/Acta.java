package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * El acta de conciliación (seed 001: "debe ser firmada por las dos partes involucradas"; un delegado firma con "carta
 * o poder firmado por el Gerente"; "Toda acta debe ser enviada al revisor de cuentas médicas").
 */
public record Acta(
		@NotNull(message = "es obligatoria") LocalDate fecha,
		@NotNull(message = "es obligatorio") Boolean firmadaPrestador,
		@NotNull(message = "es obligatorio") Boolean firmadaAuditoria,
		@NotNull(message = "es obligatorio") FirmantePrestador firmantePrestador,
		Boolean poderGerente,
		Boolean enviadaRevisor,
		@NotEmpty(message = "debe traer al menos una glosa") List<@NotNull(message = "no puede ser nula") @Valid FilaActa> glosas) {

	public Acta {
		poderGerente = Boolean.TRUE.equals(poderGerente);
		enviadaRevisor = Boolean.TRUE.equals(enviadaRevisor);
	}

	/** La fila de una glosa, o {@code null} si el acta no la trae. */
	public FilaActa fila(String idGlosa) {
		return glosas.stream().filter(fila -> fila.id().equals(idGlosa)).findFirst().orElse(null);
	}

}
