package co.auditoria.decisiones.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

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

	private static final Pattern FORMATO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	@Override
	public void customize(tools.jackson.databind.json.JsonMapper.Builder constructor) {
		constructor.addModule(new SimpleModule("fechas-estrictas").addDeserializer(LocalDate.class, new Lector()));
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
			if (FORMATO.matcher(texto).matches()) {
				try {
					return LocalDate.parse(texto);
				}
				catch (DateTimeException ex) {
					// 2026-02-30: cae abajo como fecha inválida.
				}
			}
			return (LocalDate) contexto.handleWeirdStringValue(LocalDate.class, texto, "no es una fecha yyyy-MM-dd");
		}

	}

}
