package co.auditoria.decisiones.api;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * El identificador de un caso tal como vino en su JSON ({@code idCaso}, {@code factura.numero}), para
 * devolverlo con el mismo nombre junto al error de un caso inválido de un lote, aunque el resto no se pudiera
 * leer.
 */
final class Identificador {

	private Identificador() {
	}

	/** {@code {"factura": {"numero": "FE-1"}}} para la ruta {@code factura.numero}; vacío si el caso no lo trae. */
	static Map<String, Object> de(JsonNode caso, String ruta) {
		String[] partes = ruta.split("\\.");
		JsonNode valor = caso;
		for (String parte : partes) {
			valor = valor == null || !valor.isObject() ? null : valor.get(parte);
		}
		if (valor == null || !valor.isValueNode()) {
			return Map.of();
		}
		Object hoja = valor.isString() ? valor.asString() : valor.isNumber() ? valor.numberValue() : valor.toString();
		for (int i = partes.length - 1; i > 0; i--) {
			hoja = Map.of(partes[i], hoja);
		}
		Map<String, Object> identificador = new LinkedHashMap<>();
		identificador.put(partes[0], hoja);
		return identificador;
	}

}
