package co.auditoria.decisiones.simulacion;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import co.auditoria.decisiones.api.SolicitudInvalidaException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Los casos de un archivo, leídos de a uno mientras se simulan, sin tener nunca el archivo entero en memoria (un año
 * de facturas son cientos de megabytes): un lote {@code {"casos": [...]}} como el de {@code decide/lote}, o un caso
 * JSON por línea (JSON Lines, {@code .jsonl}), que es como se exporta un año de casos.
 */
public final class LectorCasos implements Iterator<CasoSimulado>, AutoCloseable {

	private final JsonParser flujo;

	private final ObjectReader caso;

	private final boolean lote;

	private final String prefijo;

	private int posicion;

	private boolean hayOtro;

	/**
	 * @param lineas si es JSON Lines; si no, {@code {"casos": [...]}}
	 * @param prefijo con qué empieza el origen de cada caso ({@code casos.jsonl}); se le suma {@code #n}
	 */
	LectorCasos(JsonMapper json, InputStream entrada, boolean lineas, String prefijo) {
		this.caso = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.lote = !lineas;
		this.prefijo = prefijo;
		try {
			this.flujo = json.createParser(entrada);
			if (lote) {
				entrarAlLote();
			}
			avanzar();
		}
		catch (JacksonException ex) {
			throw invalido(ex);
		}
	}

	private void entrarAlLote() {
		if (flujo.nextToken() != JsonToken.START_OBJECT) {
			throw new SolicitudInvalidaException("Los casos deben ser {\"casos\": [...]} o un caso JSON por línea", List.of());
		}
		while (flujo.nextToken() == JsonToken.PROPERTY_NAME) {
			String campo = flujo.currentName();
			JsonToken valor = flujo.nextToken();
			if (campo.equals("casos") && valor == JsonToken.START_ARRAY) {
				return;
			}
			flujo.skipChildren();
		}
		throw new SolicitudInvalidaException("Los casos deben ser {\"casos\": [...]} o un caso JSON por línea", List.of());
	}

	private void avanzar() {
		JsonToken siguiente = flujo.nextToken();
		hayOtro = lote ? siguiente != null && siguiente != JsonToken.END_ARRAY : siguiente != null;
	}

	@Override
	public boolean hasNext() {
		return hayOtro;
	}

	@Override
	public CasoSimulado next() {
		if (!hayOtro) {
			throw new NoSuchElementException();
		}
		try {
			JsonNode leido = caso.readValue(flujo);
			posicion++;
			avanzar();
			return new CasoSimulado(prefijo + "#" + posicion, null, leido);
		}
		catch (JacksonException ex) {
			throw invalido(ex);
		}
	}

	private SolicitudInvalidaException invalido(JacksonException ex) {
		return new SolicitudInvalidaException("Los casos no son JSON válido después del caso " + posicion
				+ (ex.getLocation() == null ? "" : " (línea " + ex.getLocation().getLineNr() + ")"), List.of());
	}

	@Override
	public void close() {
		flujo.close();
	}

}
