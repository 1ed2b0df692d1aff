package co.auditoria.decisiones.api;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Las fechas de las solicitudes son exactamente {@code yyyy-MM-dd} ({@code spec/api.md}). El lector ISO de
 * Jackson acepta también años de nueve cifras con signo ({@code +999999999-12-31}), con los que sumar un día
 * en una regla revienta: el fuzzing lo encontró como un 500. Aquí son un 400 que nombra el campo.
 */
@Component
class FechasEstrictas implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(tools.jackson.databind.json.JsonMapper.Builder constructor) {
		constructor.addModule(new SimpleModule("fechas-estrictas").addDeserializer(LocalDate.class, new Lector()));
	}

	/**
	 * {@code dddd-dd-dd} sin expresión regular ni {@code DateTimeFormatter}: leer fechas era un décimo del
	 * tiempo de una decisión (ver la sección Rendimiento del README).
	 */
	static boolean tieneFormato(String texto) {
		if (texto.length() != 10 || texto.charAt(4) != '-' || texto.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			if (i != 4 && i != 7 && (texto.charAt(i) < '0' || texto.charAt(i) > '9')) {
				return false;
			}
		}
		return true;
	}

	private static int numero(String texto, int desde, int hasta) {
		int valor = 0;
		for (int i = desde; i < hasta; i++) {
			valor = valor * 10 + (texto.charAt(i) - '0');
		}
		return valor;
	}

	private static final class Lector extends ValueDeserializer<LocalDate> {

		@Override
		public LocalDate deserialize(JsonParser lector, DeserializationContext contexto) {
			if (lector.currentToken() != JsonToken.VALUE_STRING) {
				return (LocalDate) contexto.handleUnexpectedToken(LocalDate.class, lector);
			}
			String texto = lector.getString().trim();
			if (texto.isEmpty()) {
				return null;
			}
			if (tieneFormato(texto)) {
				try {
					return LocalDate.of(numero(texto, 0, 4), numero(texto, 5, 7), numero(texto, 8, 10));
				}
				catch (DateTimeException ex) {
					// 2026-02-30: cae abajo como fecha inválida.
				}
			}
			return (LocalDate) contexto.handleWeirdStringValue(LocalDate.class, texto, "no es una fecha yyyy-MM-dd");
		}

	}

}
