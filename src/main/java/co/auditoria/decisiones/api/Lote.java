package co.auditoria.decisiones.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.http.ProblemDetail;

/**
 * La respuesta de {@code decide/lote}, {@code {"resultados": [...], "resumen": {...}}}: un resultado por caso, en el
 * orden de {@code casos} (una {@link Decision} o un {@link CasoInvalido}), y el resumen. {@link Decisor} la escribe
 * a medida que decide.
 */
final class Lote {

	private Lote() {
	}


	/**
	 * {@code total} cuenta todos los casos, {@code porResultado} solo los decididos (sin claves en cero),
	 * {@code errores} los inválidos; {@code tablas} son las que añade el dominio, al mismo nivel.
	 */
	@JsonPropertyOrder({ "total", "porResultado", "errores" })
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Resumen(int total, Map<String, Integer> porResultado, int errores, @JsonUnwrapped Object tablas) {
	}

	/** Un caso del lote que no se pudo decidir: su problema y su identificador, si lo traía. */
	record CasoInvalido(ProblemDetail error, @JsonAnyGetter Map<String, Object> identificador) {
	}

}
