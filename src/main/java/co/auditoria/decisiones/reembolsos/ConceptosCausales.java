package co.auditoria.decisiones.reembolsos;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * Lo que las objeciones y la notificación dicen de cada causal, del catálogo {@code causales.csv}: su concepto (el
 * "concepto glosado" de la nota 3), su descripción y su orden de fila, que es el orden en que se listan. Inmutable:
 * global de las reglas.
 */
public final class ConceptosCausales {

	/** Una causal tal como se notifica en una objeción. */
	public record CausalObjecion(String codigo, ConceptoCausal concepto, String descripcion) {
	}

	private final Map<String, CausalObjecion> porCodigo;

	private final Map<String, Integer> orden;

	private ConceptosCausales(Map<String, CausalObjecion> porCodigo, Map<String, Integer> orden) {
		this.porCodigo = porCodigo;
		this.orden = orden;
	}

	static ConceptosCausales desde(Catalogo causales) {
		Map<String, CausalObjecion> porCodigo = new HashMap<>();
		Map<String, Integer> orden = new HashMap<>();
		for (Catalogo.Fila fila : causales.filas()) {
			String codigo = fila.valor("codigo");
			String concepto = fila.valor("concepto");
			if (Arrays.stream(ConceptoCausal.values()).noneMatch(valor -> valor.name().equals(concepto))) {
				throw fila.error("concepto '" + concepto + "' desconocido; use uno de "
						+ Arrays.stream(ConceptoCausal.values()).map(Enum::name).collect(Collectors.joining(", ")));
			}
			porCodigo.put(codigo, new CausalObjecion(codigo, ConceptoCausal.valueOf(concepto), fila.valor("descripcion")));
			orden.putIfAbsent(codigo, orden.size());
		}
		return new ConceptosCausales(Map.copyOf(porCodigo), Map.copyOf(orden));
	}

	/** Los códigos sin repetir, en el orden del catálogo. */
	List<String> ordenar(Collection<String> codigos) {
		return codigos.stream().distinct()
			.sorted(Comparator.comparingInt(codigo -> orden.getOrDefault(codigo, Integer.MAX_VALUE)))
			.toList();
	}

	/** La causal con su concepto y su descripción; el compilador ya revisó que el código esté en el catálogo. */
	CausalObjecion describir(String codigo) {
		CausalObjecion causal = porCodigo.get(codigo);
		return causal != null ? causal : new CausalObjecion(codigo, null, null);
	}
}
