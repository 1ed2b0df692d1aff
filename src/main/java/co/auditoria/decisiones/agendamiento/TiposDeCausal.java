package co.auditoria.decisiones.agendamiento;

import java.util.HashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * El tipo de cada causal según {@code causales.csv}: la población objetivo y la migración digital se definen por
 * los tipos de las causales que se cumplen ({@code spec/agendamiento.md}, "Clasificación"), así que el tipo que
 * escribe el analista en el catálogo es el que cuenta. Inmutable.
 */
public final class TiposDeCausal {

	private final Map<String, TipoCausal> tipos;

	private TiposDeCausal(Map<String, TipoCausal> tipos) {
		this.tipos = Map.copyOf(tipos);
	}

	static TiposDeCausal desde(Catalogo catalogo) {
		Map<String, TipoCausal> tipos = new HashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			tipos.put(fila.valor("codigo"), Vocabulario.valor(fila, "tipo", TipoCausal.class));
		}
		return new TiposDeCausal(tipos);
	}

	/** El tipo de la causal, o {@code null} si el catálogo no la tiene (el compilador ya rechaza esas reglas). */
	public TipoCausal de(String codigo) {
		return tipos.get(codigo);
	}

}
