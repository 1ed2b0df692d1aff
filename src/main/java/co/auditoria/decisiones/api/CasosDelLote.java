package co.auditoria.decisiones.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import co.auditoria.decisiones.engine.ErrorCampo;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Los casos de un lote {@code {"casos": [...]}} leídos de a uno con el lector de flujo de Jackson: primero se
 * revisa la forma y se cuentan los casos sin armar ningún árbol (así un lote mal formado o demasiado grande es un
 * 400 o un 413 antes de escribir una sola decisión), y después se entrega cada caso como árbol, uno a la vez. El
 * lote entero nunca se tiene como árbol ni como lista de decisiones en memoria.
 */
final class CasosDelLote {

	private static final String CASOS = "casos";

	private final JsonMapper estricto;

	private final LectorSolicitudes lector;

	private final byte[] cuerpo;

	CasosDelLote(JsonMapper estricto, LectorSolicitudes lector, byte[] cuerpo) {
		this.estricto = estricto;
		this.lector = lector;
		this.cuerpo = cuerpo;
	}

	/** Cuántos casos trae; 400 si no es {@code {"casos": [...]}} con JSON válido, 413 si pasa del máximo. */
	int contar(int maximo) {
		try (JsonParser flujo = estricto.createParser(cuerpo)) {
			List<ErrorCampo> errores = new ArrayList<>();
			int casos = -1;
			if (flujo.nextToken() != JsonToken.START_OBJECT) {
				throw new SolicitudInvalidaException("El lote debe ser {\"casos\": [...]}",
						List.of(new ErrorCampo(CASOS, "debe ser un arreglo de casos")));
			}
			while (flujo.nextToken() == JsonToken.PROPERTY_NAME) {
				String campo = flujo.currentName();
				JsonToken valor = flujo.nextToken();
				if (campo.equals(CASOS) && valor == JsonToken.START_ARRAY) {
					casos = 0;
					while (flujo.nextToken() != JsonToken.END_ARRAY) {
						saltarCaso(flujo);
						casos++;
					}
				}
				else {
					flujo.skipChildren();
					errores.add(new ErrorCampo(campo, campo.equals(CASOS) ? "debe ser un arreglo de casos" : "campo desconocido"));
				}
			}
			if (flujo.nextToken() != null) {
				throw new SolicitudInvalidaException("El cuerpo no es JSON válido: hay contenido después del lote", List.of());
			}
			if (casos < 0 && errores.stream().noneMatch(error -> error.campo().equals(CASOS))) {
				errores.add(0, new ErrorCampo(CASOS, "debe ser un arreglo de casos"));
			}
			if (!errores.isEmpty()) {
				throw new SolicitudInvalidaException("El lote debe ser {\"casos\": [...]}", errores);
			}
			if (casos > maximo) {
				throw new LoteDemasiadoGrandeException(casos, maximo);
			}
			return casos;
		}
		catch (StreamConstraintsException ex) {
			throw lector.limite(ex);
		}
		catch (StreamReadException ex) {
			// Sintaxis rota, o una clave repetida en un caso, que se nombra con su ruta (casos[3].diasUci).
			throw lector.jsonInvalido(cuerpo, ex);
		}
		catch (JacksonException ex) {
			throw new SolicitudInvalidaException("El cuerpo no es JSON válido", List.of());
		}
	}

	/**
	 * Salta un caso leyendo cada texto entero: {@code skipChildren} salta los textos sin medirlos, y un texto de más
	 * del máximo de Jackson aparecería recién en {@link #recorrer}, con la respuesta ya empezada (conexión cortada en
	 * vez de 400).
	 */
	private static void saltarCaso(JsonParser flujo) {
		int profundidad = 0;
		JsonToken token = flujo.currentToken();
		do {
			if (token == JsonToken.VALUE_STRING) {
				flujo.getString();
			}
			profundidad += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
		}
		while (profundidad > 0 && (token = flujo.nextToken()) != null);
	}

	/** Entrega cada caso, en orden, como árbol; solo después de {@link #contar}, que ya revisó la forma. */
	void recorrer(Consumer<JsonNode> porCaso) {
		try (JsonParser flujo = estricto.createParser(cuerpo)) {
			flujo.nextToken();
			while (flujo.nextToken() == JsonToken.PROPERTY_NAME) {
				flujo.nextToken();
				if (!flujo.currentName().equals(CASOS)) {
					flujo.skipChildren();
					continue;
				}
				// Cada caso se lee solo: sin comprobar lo que viene después, que es el siguiente caso.
				ObjectReader caso = estricto.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
				while (flujo.nextToken() != JsonToken.END_ARRAY) {
					porCaso.accept(caso.readValue(flujo));
				}
			}
		}
	}

}
