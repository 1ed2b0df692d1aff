package co.auditoria.decisiones.engine;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Hecho que una regla inserta para decir qué debe hacer a continuación una persona o un sistema, y
 * para cuándo si la norma fija plazo.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Accion(String tipo, String motivo, LocalDate fechaLimite, List<String> destinatarios) {

	public Accion {
		destinatarios = destinatarios == null ? List.of() : List.copyOf(destinatarios);
	}

	public Accion(String tipo, String motivo) {
		this(tipo, motivo, null, List.of());
	}

	public Accion(String tipo, String motivo, LocalDate fechaLimite) {
		this(tipo, motivo, fechaLimite, List.of());
	}

	public Accion(String tipo, String motivo, LocalDate fechaLimite, String... destinatarios) {
		this(tipo, motivo, fechaLimite, List.of(destinatarios));
	}

}
