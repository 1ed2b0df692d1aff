package co.auditoria.decisiones.glosas;

import java.util.HashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * El orden de las causales en {@code causales.csv}, que es el orden en que se aplica el tope por ítem: primero
 * las glosas por el valor total del ítem, después las de diferencia de valor. Inmutable: global de las reglas.
 */
public final class OrdenGlosas {

	private final Map<String, Integer> posiciones;

	private OrdenGlosas(Map<String, Integer> posiciones) {
		this.posiciones = posiciones;
	}

	static OrdenGlosas desde(Catalogo causales) {
		Map<String, Integer> posiciones = new HashMap<>();
		causales.filas().forEach(fila -> posiciones.putIfAbsent(fila.valor("codigo"), posiciones.size()));
		return new OrdenGlosas(Map.copyOf(posiciones));
	}

	int posicion(String codigo) {
		return posiciones.getOrDefault(codigo, Integer.MAX_VALUE);
	}

}
