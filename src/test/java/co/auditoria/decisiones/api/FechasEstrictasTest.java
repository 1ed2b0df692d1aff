package co.auditoria.decisiones.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
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
	@CsvSource({ "2026-03-30, 2026, 3, 30", "2024-02-29, 2024, 2, 29", "0001-01-01, 1, 1, 1" })
	void unaFechaYyyyMmDdSeLee(String texto, int anio, int mes, int dia) {
		assertThat(leer(texto)).isEqualTo(LocalDate.of(anio, mes, dia));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "+999999999-12-31", "2026-3-30",
			"2026/03/30", "30-03-2026", "2026-03-3O", "20260330", "2026-03-30T00:00", " 2026-12-31 ", "2026-12-31 ", "" })
	void loQueNoEsUnaFechaYyyyMmDdValidaSeRechaza(String texto) {
		assertThatThrownBy(() -> leer(texto)).isInstanceOf(InvalidFormatException.class);
	}

	@Test
	void nuloEsAusente() {
		assertThat(json.readValue("null", LocalDate.class)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "2026-04-01T09:30, 2026, 4, 1, 9, 30", "2026-12-31T23:59, 2026, 12, 31, 23, 59",
			"0007-01-09T00:05, 7, 1, 9, 0, 5" })
	void unaFechaHoraYyyyMmDdTHhMmSeLeeYSeEscribeIgual(String texto, int anio, int mes, int dia, int hora, int minuto) {
		LocalDateTime leida = json.readValue("\"" + texto + "\"", LocalDateTime.class);
		assertThat(leida).isEqualTo(LocalDateTime.of(anio, mes, dia, hora, minuto));
		assertThat(json.writeValueAsString(leida)).isEqualTo("\"" + texto + "\"");
	}

	@Test
	void unaFechaHoraCalculadaSeEscribeSinSegundosYUnAnioDeCincoCifrasEntero() {
		assertThat(json.writeValueAsString(LocalDateTime.of(2026, 3, 5, 7, 8, 59))).isEqualTo("\"2026-03-05T07:08\"");
		assertThat(json.writeValueAsString(LocalDateTime.of(10000, 1, 1, 0, 0))).isEqualTo("\"10000-01-01T00:00\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-04-01T09:30:00", "2026-04-01 09:30", "2026-04-01T9:30", "2026-04-01T24:00",
			"2026-02-30T10:00", "2026-04-01T09:30Z", "2026-04-01", " 2026-04-01T09:30" })
	void loQueNoEsUnaFechaHoraExactaSeRechaza(String texto) {
		assertThatThrownBy(() -> json.readValue("\"" + texto + "\"", LocalDateTime.class)).isInstanceOf(InvalidFormatException.class);
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
