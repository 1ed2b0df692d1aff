package co.auditoria.decisiones.simulacion;

import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Lo que vale una celda de una tabla {@code Ejemplos} de los features, igual para los pasos de Cucumber y para el
 * simulador que decide cada fila como un caso: se lee como JSON si lo es ({@code 20}, {@code true}, {@code null},
 * {@code []}), si no como texto ({@code S82.2}); entre comillas simples es siempre texto ({@code '890701'}); vacía no
 * cambia nada; {@code (ausente)} quita el campo; {@code (vacío)} es el texto vacío; {@code ninguna} es una lista vacía.
 */
public final class Celda {

	public static final String AUSENTE = "(ausente)";

	public static final String VACIO = "(vacío)";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Celda() {
	}

	/** {@code Dado que el campo "<ruta>" vale "<valor>"} sobre la solicitud. */
	public static void aplicar(JsonNode solicitud, String ruta, String valor) {
		if (valor.isEmpty()) {
			return;
		}
		RutaJson.fijar(solicitud, ruta, AUSENTE.equals(valor) ? null : valor(valor), AUSENTE.equals(valor));
	}

	public static JsonNode valor(String celda) {
		if (VACIO.equals(celda)) {
			return JsonNodeFactory.instance.stringNode("");
		}
		if (esTexto(celda)) {
			return JsonNodeFactory.instance.stringNode(celda.substring(1, celda.length() - 1));
		}
		try {
			return JSON.readTree(celda);
		}
		catch (RuntimeException noEsJson) {
			return JsonNodeFactory.instance.stringNode(celda);
		}
	}

	/** Entre comillas simples: texto aunque parezca un número. */
	public static boolean esTexto(String celda) {
		return celda.length() > 1 && celda.startsWith("'") && celda.endsWith("'");
	}

	/** Una lista de la celda, separada por comas; {@code ninguna} (o {@code ninguno}) es la lista vacía. */
	public static List<String> lista(String valores) {
		if (valores.equalsIgnoreCase("ninguna") || valores.equalsIgnoreCase("ninguno")) {
			return List.of();
		}
		return Arrays.stream(valores.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

}
