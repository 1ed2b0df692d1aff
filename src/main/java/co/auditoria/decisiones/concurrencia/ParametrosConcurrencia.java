package co.auditoria.decisiones.concurrencia;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.ListasDeCatalogo;

/**
 * El catálogo {@code parametros.csv} ({@code parametro,valor,fuente}): las horas y los días de los plazos, enteros de
 * 1 en adelante, que las reglas piden por su nombre ({@code parametros.valor("horas_habiles_visita")}). Como las
 * listas de un catálogo, el compilador coteja ambos lados: una regla que pide un parámetro que el CSV no trae, o uno
 * del CSV que ninguna regla pide, es un error con su línea. Inmutable: las reglas lo usan como global.
 *
 * @param archivo el catálogo, relativo al directorio de reglas
 * @param listas cada parámetro con la línea del CSV donde está
 * @param valores el valor de cada parámetro
 */
public record ParametrosConcurrencia(String archivo, Map<String, Long> listas, Map<String, Integer> valores)
		implements ListasDeCatalogo {

	static ParametrosConcurrencia desde(Catalogo catalogo) {
		Map<String, Integer> valores = new HashMap<>();
		Map<String, Long> lineas = new LinkedHashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			String parametro = fila.valor("parametro");
			if (!parametro.matches("[a-z][a-z0-9_]*")) {
				throw fila.error("el parámetro '" + parametro + "' debe ir en minúsculas_con_guion_bajo");
			}
			fila.valor("fuente");
			String texto = fila.valor("valor");
			int valor;
			try {
				valor = Integer.parseInt(texto);
			}
			catch (NumberFormatException ex) {
				throw fila.error("el valor de '" + parametro + "' debe ser un entero: " + texto);
			}
			if (valor < 1 || valor > 10_000) {
				throw fila.error("el valor de '" + parametro + "' debe estar entre 1 y 10000: " + valor);
			}
			if (valores.putIfAbsent(parametro, valor) != null) {
				throw fila.error("el parámetro '" + parametro + "' está repetido");
			}
			lineas.put(parametro, fila.linea());
		}
		return new ParametrosConcurrencia(catalogo.archivo(), Map.copyOf(lineas), Map.copyOf(valores));
	}

	/** El valor de un parámetro; el compilador ya comprobó que el catálogo lo trae. */
	public int valor(String parametro) {
		Integer valor = valores.get(parametro);
		if (valor == null) {
			throw new IllegalArgumentException("parámetro no definido en " + archivo + ": " + parametro);
		}
		return valor;
	}

}
