package co.auditoria.decisiones.conciliacion;

import java.util.EnumMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.glosas.ManualGlosas;

/**
 * El catálogo {@code codigos-respuesta.csv}: el código de respuesta a glosas de cada manual único (Res. 3047 de 2008,
 * anexo 6: tres dígitos del concepto 9; Res. 2284 de 2023, anexo 3: {@code RE} y cuatro dígitos) para cada tipo de
 * respuesta. Un par que no está no tiene código: nunca se inventa uno. Una fila mal escrita (manual, tipo o código
 * con otra forma, o repetida) no carga. Inmutable: las reglas lo usan como global.
 */
public final class CodigosRespuesta {

	private static final Map<ManualGlosas, String> FORMATOS = Map.of(ManualGlosas.RES_3047_2008, "9\\d{2}",
			ManualGlosas.RES_2284_2023, "RE\\d{4}");

	private final Map<ManualGlosas, Map<TipoRespuesta, String>> codigos;

	private CodigosRespuesta(Map<ManualGlosas, Map<TipoRespuesta, String>> codigos) {
		this.codigos = codigos;
	}

	static CodigosRespuesta desde(Catalogo catalogo) {
		Map<ManualGlosas, Map<TipoRespuesta, String>> codigos = new EnumMap<>(ManualGlosas.class);
		for (Catalogo.Fila fila : catalogo.filas()) {
			ManualGlosas manual = valor(fila, "manual", ManualGlosas.class);
			TipoRespuesta tipo = valor(fila, "tipoRespuesta", TipoRespuesta.class);
			String codigo = fila.valor("codigo");
			// La descripción oficial es obligatoria aunque la respuesta solo lleve el código.
			fila.valor("descripcion");
			if (!codigo.matches(FORMATOS.get(manual))) {
				throw fila.error("el código '" + codigo + "' no tiene la forma de los de respuesta de " + manual + " ("
						+ FORMATOS.get(manual) + ")");
			}
			if (codigos.computeIfAbsent(manual, m -> new EnumMap<>(TipoRespuesta.class)).putIfAbsent(tipo, codigo) != null) {
				throw fila.error("el tipo de respuesta " + tipo + " está repetido en " + manual);
			}
		}
		Map<ManualGlosas, Map<TipoRespuesta, String>> inmutable = new EnumMap<>(ManualGlosas.class);
		codigos.forEach((manual, porTipo) -> inmutable.put(manual, Map.copyOf(porTipo)));
		return new CodigosRespuesta(inmutable);
	}

	/** El código de respuesta de un tipo en un manual, o {@code null} si el catálogo no lo tiene. */
	public String codigo(ManualGlosas manual, TipoRespuesta tipo) {
		return codigos.getOrDefault(manual, Map.of()).get(tipo);
	}

	private static <E extends Enum<E>> E valor(Catalogo.Fila fila, String columna, Class<E> tipo) {
		String valor = fila.valor(columna);
		try {
			return Enum.valueOf(tipo, valor);
		}
		catch (IllegalArgumentException ex) {
			throw fila.error("'" + valor + "' no es un valor de " + columna);
		}
	}

}
