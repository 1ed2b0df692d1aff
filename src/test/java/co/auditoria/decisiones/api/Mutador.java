package co.auditoria.decisiones.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rompe una solicitud válida de cualquier dominio sin conocer su esquema: quita y añade campos, cambia
 * tipos, pone nulos, números enormes y negativos, fechas imposibles, unicode, anidamiento profundo,
 * arreglos enormes, y después, a veces, estropea el texto (truncado, bytes que no son UTF-8). Los valores
 * "crudos" (1e400, 100 corchetes) entran como un marcador que luego se reemplaza en el texto, porque un
 * árbol JSON no los puede representar.
 */
final class Mutador {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MARCA = "@@CRUDO@@";

	private static final String[] NUMEROS = { "-1", "0", "-0", "1.5", "-2147483649", "2147483648", "9223372036854775808",
			"-9223372036854775809", "1e308", "-1e308", "1e400", "1E-400", "99999999999999999999999999999999999999",
			"0.000000000000000000000000001", "1e999999999", "-1e-999999999", "123456789012345678901234567890123456789012345" };

	private static final String[] FECHAS = { "2026-02-30", "2026-13-01", "0000-00-00", "+999999999-12-31", "-0001-01-01",
			"2026-2-3", "20260211", "2026-02-11T10:00:00Z", "", "hoy", "9999-12-31", "1900-01-01", "2026-02-29" };

	private static final String[] TEXTOS = { "", " ", "\u0000", "😀🏥", "\u202Eodaslaf", "ñÁÉÍÓÚü", "\uFEFFS72.0",
			"S72.0\n", "'; DROP TABLE casos; --", "${jndi:ldap://x}", "#{7*7}", "null", "true", "ACCIDENTE_TRABAJO ",
			"accidente_trabajo", "\\u0000", "S72.0\u200B", "𝕊𝟟𝟚" };

	private final SplittableRandom azar;

	Mutador(long semilla) {
		this.azar = new SplittableRandom(semilla);
	}

	/** Un cuerpo roto a partir de una semilla válida; 1 a 3 mutaciones del árbol y a veces una del texto. */
	byte[] mutar(JsonNode semilla) {
		JsonNode arbol = semilla.deepCopy();
		List<String> crudos = new ArrayList<>();
		int veces = 1 + azar.nextInt(3);
		for (int i = 0; i < veces; i++) {
			arbol = mutarArbol(arbol, crudos);
		}
		String texto = JSON.writeValueAsString(arbol);
		for (String crudo : crudos) {
			texto = texto.replaceFirst("\"" + MARCA + "\"", java.util.regex.Matcher.quoteReplacement(crudo));
		}
		return azar.nextInt(5) == 0 ? mutarTexto(texto) : texto.getBytes(StandardCharsets.UTF_8);
	}

	private JsonNode mutarArbol(JsonNode arbol, List<String> crudos) {
		List<Lugar> lugares = new ArrayList<>();
		recorrer(arbol, null, lugares);
		if (lugares.isEmpty() || azar.nextInt(40) == 0) {
			crudos.add(valorCrudo(0));
			return JSON.getNodeFactory().stringNode(MARCA);
		}
		Lugar lugar = lugares.get(azar.nextInt(lugares.size()));
		switch (azar.nextInt(4)) {
			case 0 -> lugar.quitar();
			case 1 -> {
				if (lugar.nodo().isObject()) {
					crudos.add(valorCrudo(0));
					((ObjectNode) lugar.nodo()).put(nombreExtra(), MARCA);
				}
				else {
					crudos.add(valorCrudo(0));
					lugar.poner(JSON.getNodeFactory().stringNode(MARCA));
				}
			}
			default -> {
				crudos.add(valorCrudo(0));
				lugar.poner(JSON.getNodeFactory().stringNode(MARCA));
			}
		}
		return arbol;
	}

	/** Un valor JSON cualquiera como texto: de tipo equivocado, enorme, imposible o anidado. */
	private String valorCrudo(int profundidad) {
		return switch (azar.nextInt(profundidad > 2 ? 6 : 10)) {
			case 0 -> "null";
			case 1 -> azar.nextBoolean() ? "true" : "false";
			case 2 -> NUMEROS[azar.nextInt(NUMEROS.length)];
			case 3 -> texto(FECHAS[azar.nextInt(FECHAS.length)]);
			case 4 -> texto(TEXTOS[azar.nextInt(TEXTOS.length)]);
			case 5 -> texto("x".repeat(azar.nextInt(3) == 0 ? 100_001 + azar.nextInt(100_000) : azar.nextInt(5_000)));
			case 6 -> {
				int n = 1 + azar.nextInt(120);
				yield azar.nextBoolean() ? "[".repeat(n) + "]".repeat(n) : "{\"a\":".repeat(n) + "1" + "}".repeat(n);
			}
			case 7 -> {
				int n = azar.nextInt(3) == 0 ? 5_000 + azar.nextInt(20_000) : azar.nextInt(50);
				// Un arreglo enorme de elementos pequeños: enorme en cantidad, no en bytes.
				String elemento = n > 50 ? NUMEROS[azar.nextInt(NUMEROS.length)] : valorCrudo(profundidad + 1);
				// Con elementos grandes (textos de 200 000 caracteres anidados) el cuerpo no pasa de ~2 MB.
				n = Math.min(n, Math.max(1, 2_000_000 / Math.max(1, elemento.length())));
				yield "[" + String.join(",", java.util.Collections.nCopies(n, elemento)) + "]";
			}
			case 8 -> "{\"" + nombreExtra() + "\":" + valorCrudo(profundidad + 1) + "}";
			default -> "[" + valorCrudo(profundidad + 1) + "," + valorCrudo(profundidad + 1) + "]";
		};
	}

	private String nombreExtra() {
		String[] nombres = { "extra", "idCaso", "__proto__", "constructor", "campo con espacios", "ñandú", "😀", "",
				"x".repeat(300), "@class", "$ref" };
		return nombres[azar.nextInt(nombres.length)];
	}

	private byte[] mutarTexto(String texto) {
		byte[] bytes = texto.getBytes(StandardCharsets.UTF_8);
		int donde = bytes.length == 0 ? 0 : azar.nextInt(bytes.length);
		return switch (azar.nextInt(6)) {
			case 0 -> java.util.Arrays.copyOf(bytes, donde);
			case 1 -> insertar(bytes, donde, new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF });
			case 2 -> insertar(bytes, donde, new byte[] { "{}[]\",:\\".getBytes(StandardCharsets.UTF_8)[azar.nextInt(8)] });
			case 3 -> texto.replaceFirst("\\}\\s*$", ",}").getBytes(StandardCharsets.UTF_8);
			case 4 -> (texto + texto).getBytes(StandardCharsets.UTF_8);
			default -> new String[] { "", "null", "[]", "123", "\"texto\"", "{", "}", "{}{}", "\uFEFF{}" }[azar.nextInt(9)]
				.getBytes(StandardCharsets.UTF_8);
		};
	}

	private static byte[] insertar(byte[] bytes, int donde, byte[] nuevos) {
		byte[] resultado = new byte[bytes.length + nuevos.length];
		System.arraycopy(bytes, 0, resultado, 0, donde);
		System.arraycopy(nuevos, 0, resultado, donde, nuevos.length);
		System.arraycopy(bytes, donde, resultado, donde + nuevos.length, bytes.length - donde);
		return resultado;
	}

	private static String texto(String valor) {
		return JSON.writeValueAsString(valor);
	}

	private static void recorrer(JsonNode nodo, Lugar padre, List<Lugar> lugares) {
		if (nodo.isObject()) {
			ObjectNode objeto = (ObjectNode) nodo;
			for (String nombre : new ArrayList<>(objeto.propertyNames())) {
				Lugar lugar = new Lugar(objeto.get(nombre), reemplazo -> objeto.set(nombre, reemplazo),
						() -> objeto.remove(nombre));
				lugares.add(lugar);
				recorrer(objeto.get(nombre), lugar, lugares);
			}
		}
		else if (nodo.isArray()) {
			ArrayNode arreglo = (ArrayNode) nodo;
			for (int i = 0; i < arreglo.size(); i++) {
				int indice = i;
				Lugar lugar = new Lugar(arreglo.get(i), reemplazo -> arreglo.set(indice, reemplazo),
						() -> arreglo.set(indice, JSON.getNodeFactory().nullNode()));
				lugares.add(lugar);
				recorrer(arreglo.get(i), lugar, lugares);
			}
		}
	}

	/** Un sitio del árbol donde se puede poner otro valor o quitar el que hay. */
	private record Lugar(JsonNode nodo, Consumer<JsonNode> reemplazar, Runnable borrar) {

		void poner(JsonNode valor) {
			reemplazar.accept(valor);
		}

		void quitar() {
			borrar.run();
		}

	}

}
