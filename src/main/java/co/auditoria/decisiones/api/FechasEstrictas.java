package co.auditoria.decisiones.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Las fechas de las solicitudes son exactamente {@code yyyy-MM-dd} y las fechas-hora exactamente
 * {@code yyyy-MM-ddTHH:mm} ({@code spec/api.md}, {@code spec/calendario.md}): sin espacios alrededor, sin
 * segundos ni zona, y que existan. El lector ISO de Jackson acepta también años de nueve cifras con signo
 * ({@code +999999999-12-31}), con los que sumar un día en una regla revienta: el fuzzing lo encontró como un
 * 500. Las fechas-hora de las respuestas ({@code fechaHoraLimite}) salen en el mismo formato.
 */
@Component
class FechasEstrictas implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(tools.jackson.databind.json.JsonMapper.Builder constructor) {
		constructor.addModule(new SimpleModule("fechas-estrictas")
			.addDeserializer(LocalDate.class, new LectorFecha())
			.addDeserializer(LocalDateTime.class, new LectorFechaHora())
			.addSerializer(LocalDateTime.class, new EscritorFechaHora()));
	}

	/**
	 * {@code dddd-dd-dd} sin expresión regular ni {@code DateTimeFormatter}: leer fechas era un décimo del
	 * tiempo de una decisión (ver la sección Rendimiento del README).
	 */
	static boolean tieneFormato(String texto) {
		return texto.length() == 10 && digitosCon(texto, 10, 4, '-', 7, '-');
	}

	/** {@code dddd-dd-ddTdd:dd}. */
	static boolean tieneFormatoFechaHora(String texto) {
		return texto.length() == 16 && texto.charAt(10) == 'T' && texto.charAt(13) == ':' && digitosCon(texto, 10, 4, '-', 7, '-')
				&& digitos(texto, 11, 13) && digitos(texto, 14, 16);
	}

	private static boolean digitosCon(String texto, int hasta, int primero, char separador1, int segundo, char separador2) {
		if (texto.charAt(primero) != separador1 || texto.charAt(segundo) != separador2) {
			return false;
		}
		return digitos(texto, 0, primero) && digitos(texto, primero + 1, segundo) && digitos(texto, segundo + 1, hasta);
	}

	private static boolean digitos(String texto, int desde, int hasta) {
		for (int i = desde; i < hasta; i++) {
			if (texto.charAt(i) < '0' || texto.charAt(i) > '9') {
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

	private static LocalDate fecha(String texto) {
		return LocalDate.of(numero(texto, 0, 4), numero(texto, 5, 7), numero(texto, 8, 10));
	}

	private static final class LectorFecha extends ValueDeserializer<LocalDate> {

		@Override
		public LocalDate deserialize(JsonParser lector, DeserializationContext contexto) {
			if (lector.currentToken() != JsonToken.VALUE_STRING) {
				return (LocalDate) contexto.handleUnexpectedToken(LocalDate.class, lector);
			}
			String texto = lector.getString();
			if (tieneFormato(texto)) {
				try {
					return fecha(texto);
				}
				catch (DateTimeException ex) {
					// 2026-02-30: cae abajo como fecha inválida.
				}
			}
			return (LocalDate) contexto.handleWeirdStringValue(LocalDate.class, texto, "no es una fecha yyyy-MM-dd");
		}

	}

	private static final class LectorFechaHora extends ValueDeserializer<LocalDateTime> {

		@Override
		public LocalDateTime deserialize(JsonParser lector, DeserializationContext contexto) {
			if (lector.currentToken() != JsonToken.VALUE_STRING) {
				return (LocalDateTime) contexto.handleUnexpectedToken(LocalDateTime.class, lector);
			}
			String texto = lector.getString();
			if (tieneFormatoFechaHora(texto)) {
				try {
					return fecha(texto).atTime(numero(texto, 11, 13), numero(texto, 14, 16));
				}
				catch (DateTimeException ex) {
					// 2026-04-01T25:00: cae abajo como fecha-hora inválida.
				}
			}
			return (LocalDateTime) contexto.handleWeirdStringValue(LocalDateTime.class, texto,
					"no es una fecha-hora yyyy-MM-ddTHH:mm");
		}

	}

	/**
	 * {@code yyyy-MM-ddTHH:mm} cifra por cifra: con {@code String.format} escribir las fechas-hora de una respuesta de
	 * concurrencia era un 10 % de la decisión entera, de leer a auditar (perfil de async-profiler).
	 */
	private static final class EscritorFechaHora extends ValueSerializer<LocalDateTime> {

		@Override
		public void serialize(LocalDateTime valor, JsonGenerator escritor, SerializationContext contexto) {
			int anio = valor.getYear();
			if (anio < 0 || anio > 9999) {
				escritor.writeString(String.format("%04d-%02d-%02dT%02d:%02d", anio, valor.getMonthValue(),
						valor.getDayOfMonth(), valor.getHour(), valor.getMinute()));
				return;
			}
			char[] texto = "0000-00-00T00:00".toCharArray();
			cifras(texto, 0, 4, anio);
			cifras(texto, 5, 2, valor.getMonthValue());
			cifras(texto, 8, 2, valor.getDayOfMonth());
			cifras(texto, 11, 2, valor.getHour());
			cifras(texto, 14, 2, valor.getMinute());
			escritor.writeString(texto, 0, texto.length);
		}

		/** {@code valor} con ceros a la izquierda en {@code largo} posiciones desde {@code desde}. */
		private static void cifras(char[] texto, int desde, int largo, int valor) {
			for (int i = desde + largo - 1; i >= desde; i--) {
				texto[i] = (char) ('0' + valor % 10);
				valor /= 10;
			}
		}

	}

}
