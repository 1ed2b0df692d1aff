package co.auditoria.decisiones.simulacion;

import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rutas como {@code diagnosticos[0].cie10} sobre un árbol JSON: las de las columnas de {@code Ejemplos} de los
 * features, las que nombran los errores de campo y las del identificador de un caso.
 */
public final class RutaJson {

	private RutaJson() {
	}

	/** El nodo de la ruta, o {@code null} si no está. */
	public static JsonNode leer(JsonNode raiz, String ruta) {
		JsonNode nodo = raiz;
		for (String parte : partes(ruta)) {
			if (nodo == null) {
				return null;
			}
			// Un número es un índice en un arreglo y una clave en un objeto ("porProblemaSalud.21").
			nodo = parte.matches("\\d+") && nodo.isArray() ? nodo.get(Integer.parseInt(parte)) : nodo.get(parte);
		}
		return nodo;
	}

	/** Fija el valor de la ruta (creando los objetos y listas que falten), o quita el campo si {@code quitar}. */
	public static void fijar(JsonNode raiz, String ruta, JsonNode valor, boolean quitar) {
		List<String> partes = partes(ruta);
		JsonNode nodo = raiz;
		for (int i = 0; i < partes.size() - 1; i++) {
			String parte = partes.get(i);
			boolean siguienteEsIndice = partes.get(i + 1).matches("\\d+");
			JsonNode hijo = parte.matches("\\d+") && nodo.isArray() ? nodo.get(Integer.parseInt(parte)) : nodo.get(parte);
			if (hijo == null || hijo.isNull()) {
				hijo = siguienteEsIndice ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
				poner(nodo, parte, hijo);
			}
			nodo = hijo;
		}
		String ultima = partes.get(partes.size() - 1);
		if (quitar) {
			if (nodo instanceof ObjectNode objeto) {
				objeto.remove(ultima);
			}
			else if (nodo instanceof ArrayNode arreglo && Integer.parseInt(ultima) < arreglo.size()) {
				arreglo.remove(Integer.parseInt(ultima));
			}
			return;
		}
		poner(nodo, ultima, valor);
	}

	private static void poner(JsonNode padre, String parte, JsonNode valor) {
		if (padre instanceof ArrayNode arreglo) {
			int indice = Integer.parseInt(parte);
			while (arreglo.size() <= indice) {
				arreglo.addNull();
			}
			arreglo.set(indice, valor);
		}
		else {
			((ObjectNode) padre).set(parte, valor);
		}
	}

	private static List<String> partes(String ruta) {
		return Arrays.stream(ruta.replace("[", ".").replace("]", "").split("\\.")).filter(p -> !p.isEmpty()).toList();
	}

}
