package co.auditoria.decisiones.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Un problema que otra parte del servicio (versiones, simulación) responde tal cual, como problem+json con su
 * estado y su {@code type}: una versión que no está archivada (404), un directorio de reglas que no se puede
 * escribir (409). {@link ManejadorErrores} lo convierte.
 */
public class ProblemaHttp extends RuntimeException {

	private final HttpStatus estado;

	private final String tipo;

	private final String titulo;

	public ProblemaHttp(HttpStatus estado, String tipo, String titulo, String detalle) {
		super(detalle);
		this.estado = estado;
		this.tipo = tipo;
		this.titulo = titulo;
	}

	ProblemDetail problema() {
		return Problemas.problema(estado, tipo, titulo, getMessage());
	}

}
