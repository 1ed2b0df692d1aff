package co.auditoria.decisiones.api;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FechasEstrictasTest {

	private final JsonMapper json = lector();

	@ParameterizedTest
	@CsvSource({ "2026-03-30, 2026, 3, 30", "2024-02-29, 2024, 2, 29", "0001-01-01, 1, 1, 1", "' 2026-12-31 ', 2026, 12, 31" })
	void unaFechaYyyyMmDdSeLee(String texto, int anio, int mes, int dia) {
		assertThat(leer(texto)).isEqualTo(LocalDate.of(anio, mes, dia));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "+999999999-12-31", "2026-3-30",
			"2026/03/30", "30-03-2026", "2026-03-3O", "20260330", "2026-03-30T00:00" })
	void loQueNoEsUnaFechaYyyyMmDdValidaSeRechaza(String texto) {
		assertThatThrownBy(() -> leer(texto)).isInstanceOf(InvalidFormatException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"\"", "null" })
	void vacioONuloEsAusente(String valor) {
		assertThat(json.readValue(valor, LocalDate.class)).isNull();
	}

	private LocalDate leer(String texto) {
		return json.readValue("\"" + texto + "\"", LocalDate.class);
	}

	private static JsonMapper lector() {
		JsonMapper.Builder constructor = JsonMapper.builder();
		new FechasEstrictas().customize(constructor);
		return constructor.build();
	}

}
