package co.auditoria.decisiones.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Hecho que una regla inserta para decir qué debe hacer a continuación una persona o un sistema, y
 * para cuándo si la norma fija plazo: {@code fechaLimite} en días, o {@code fechaHoraLimite}
 * ({@code yyyy-MM-ddTHH:mm}) si el plazo es en horas.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Accion(String tipo, String motivo, LocalDate fechaLimite, LocalDateTime fechaHoraLimite,
		List<String> destinatarios) {

	public Accion {
		destinatarios = destinatarios == null ? List.of() : List.copyOf(destinatarios);
	}

	public Accion(String tipo, String motivo) {
		this(tipo, motivo, null, null, List.of());
	}

	public Accion(String tipo, String motivo, LocalDate fechaLimite) {
		this(tipo, motivo, fechaLimite, null, List.of());
	}

	public Accion(String tipo, String motivo, LocalDate fechaLimite, List<String> destinatarios) {
		this(tipo, motivo, fechaLimite, null, destinatarios);
	}

	public Accion(String tipo, String motivo, LocalDate fechaLimite, String... destinatarios) {
		this(tipo, motivo, fechaLimite, null, List.of(destinatarios));
	}

	public Accion(String tipo, String motivo, LocalDateTime fechaHoraLimite, String... destinatarios) {
		this(tipo, motivo, null, fechaHoraLimite, List.of(destinatarios));
	}

}
