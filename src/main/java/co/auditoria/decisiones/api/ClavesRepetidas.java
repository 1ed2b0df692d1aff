package co.auditoria.decisiones.api;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Una clave repetida en un objeto ({@code "diasUci": 0, ..., "diasUci": 5}) es un campo culpable y no JSON roto: Jackson
 * la rechaza al leer ({@code STRICT_DUPLICATE_DETECTION}) con un error de sintaxis, y aquí se reconoce sin leer su
 * mensaje: si el mismo cuerpo se lee bien sin esa comprobación, fue ella, y el parser se quedó en la clave repetida.
 * Solo corre cuando la lectura ya falló.
 */
final class ClavesRepetidas {

	private final JsonMapper sinComprobarRepetidas;

	ClavesRepetidas(JsonMapper estricto) {
		this.sinComprobarRepetidas = estricto.rebuild()
			.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.build();
	}

	/** La ruta del campo repetido ({@code siniestro.tipo}, {@code diagnosticos[1].cie10}), o {@code null} si el error fue otro. */
	String campo(byte[] cuerpo, StreamReadException error) {
		JsonParser parser = error.processor();
		if (parser == null || parser.currentName() == null) {
			return null;
		}
		// De token en token, sin armar el árbol: un lote puede pesar megas.
		try (JsonParser sinRepetidas = sinComprobarRepetidas.createParser(cuerpo)) {
			while (sinRepetidas.nextToken() != null) {
				// Solo importa si el cuerpo entero se lee.
			}
		}
		catch (JacksonException otro) {
			return null;
		}
		return LectorSolicitudes.ruta(parser.streamReadContext());
	}

}
