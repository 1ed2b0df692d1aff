package co.auditoria.decisiones.calendario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Horas hábiles sobre el calendario colombiano compartido (spec/calendario.md y concurrencia.md, "Fechas y
 * horas"): los ejemplos resueltos de la especificación, un fin de semana, Semana Santa de 2026, lunes festivos
 * trasladados (Ley Emiliani y Ley 2578 de 2026) y el cambio de año.
 */
class HorasHabilesTest {

	private final HorasHabiles horas = new HorasHabiles(new CalendarioHabil());

	@ParameterizedTest(name = "{0} + {1} h hábiles = {2}: {3}")
	@CsvSource(delimiter = '|', value = {
			// Los cuatro ejemplos de concurrencia.md.
			"2026-04-01T09:30 | 48 | 2026-04-07T09:30 | miércoles antes de Semana Santa: el 2 y 3 de abril y el fin de semana no corren",
			"2026-03-20T16:00 | 48 | 2026-03-25T16:00 | viernes: sábado, domingo y San José trasladado al lunes 23 no corren",
			"2026-03-28T10:00 | 48 | 2026-04-01T00:00 | sábado: se empieza el lunes 30 a las 00:00 y se completa a las 24:00 del martes",
			"2026-07-10T11:00 | 48 | 2026-07-15T11:00 | viernes: el lunes 13 de julio (Ley 2578 de 2026) no corre",
			// Fin de semana sin festivos.
			"2026-02-13T08:00 | 48 | 2026-02-17T08:00 | viernes 13 de febrero: 16 h del viernes, lunes 24, martes 8",
			"2026-02-14T08:00 | 24 | 2026-02-17T00:00 | sábado: el lunes entero completa 24 y el plazo es el instante siguiente",
			// Semana Santa de 2026 (Jueves 2 y Viernes 3 de abril).
			"2026-04-02T10:00 | 1  | 2026-04-06T01:00 | Jueves Santo: nada corre hasta el lunes 6",
			"2026-04-01T23:30 | 1  | 2026-04-06T00:30 | media hora del miércoles y media del lunes",
			// Lunes festivos trasladados por la Ley 51 de 1983 (Emiliani).
			"2026-05-15T12:00 | 24 | 2026-05-19T12:00 | viernes antes de la Ascensión (lunes 18 de mayo)",
			"2026-08-14T00:00 | 24 | 2026-08-15T00:00 | viernes entero: a las 24:00 se completa, aunque el lunes 17 sea festivo",
			"2026-08-14T00:01 | 24 | 2026-08-18T00:01 | un minuto más tarde pasa por encima del lunes de la Asunción",
			// Dentro del mismo día y cambio de año.
			"2026-03-24T09:00 | 2  | 2026-03-24T11:00 | dentro del mismo día hábil",
			"2026-12-31T12:00 | 24 | 2027-01-04T12:00 | 31 de diciembre: el 1 de enero y el fin de semana no corren",
	})
	void lasHorasHabilesSoloCorrenEnDiasHabiles(LocalDateTime inicio, int horasHabiles, LocalDateTime limite, String caso) {
		assertThat(horas.desde(inicio, horasHabiles)).as(caso).isEqualTo(limite);
	}

	@Test
	void ceroHorasDesdeUnDiaHabilEsElMismoInstante() {
		assertThat(horas.desde(LocalDateTime.of(2026, 3, 24, 9, 0), 0)).isEqualTo(LocalDateTime.of(2026, 3, 24, 9, 0));
	}

	@Test
	void lasHorasNegativasNoSonUnPlazo() {
		assertThatThrownBy(() -> horas.desde(LocalDateTime.of(2026, 3, 24, 9, 0), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
