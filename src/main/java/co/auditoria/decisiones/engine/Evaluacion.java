package co.auditoria.decisiones.engine;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Lo que dejó una ejecución de las reglas de un dominio: el resultado del {@link Veredicto}, las causales
 * descritas por el catálogo (en su orden), las acciones, los nombres de las reglas que dispararon y todos
 * los hechos de la sesión (para que el dominio arme su respuesta).
 */
public record Evaluacion(String dominio, String versionReglas, String resultado, List<CausalAplicada> causales,
		List<Accion> acciones, List<String> reglasAplicadas, List<Object> hechos) {

	/** Los hechos de un tipo, en el orden en que quedaron en la sesión. */
	public <T> Stream<T> hechos(Class<T> tipo) {
		return hechos.stream().filter(tipo::isInstance).map(tipo::cast);
	}

	/** El primer hecho de un tipo, o {@code null}. */
	public <T> T hecho(Class<T> tipo) {
		// Sin streams: cada respuesta busca así dos o tres hechos entre decenas.
		for (Object hecho : hechos) {
			if (tipo.isInstance(hecho)) {
				return tipo.cast(hecho);
			}
		}
		return null;
	}

	public boolean tieneCausal(String codigo) {
		return causales.stream().anyMatch(causal -> causal.codigo().equals(codigo));
	}

	/** Los códigos de las causales, en el orden del catálogo. */
	public List<String> codigosCausales() {
		return causales.stream().map(CausalAplicada::codigo).toList();
	}

	/** Una causal de la respuesta, con la descripción y el tipo del catálogo. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record CausalAplicada(String codigo, String descripcion, String tipo) {
	}

}
