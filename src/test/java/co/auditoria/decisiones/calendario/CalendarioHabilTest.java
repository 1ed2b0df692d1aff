package co.auditoria.decisiones.calendario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * El calendario compartido de días hábiles de Colombia (spec/calendario.md): festivos fijos, los que la
 * Ley 51 de 1983 (Ley Emiliani) traslada al lunes, los que dependen de la Pascua y los cambios de año.
 * Se prueba contra fechas conocidas del calendario oficial, no contra otra implementación.
 */
class CalendarioHabilTest {

	private final CalendarioHabil calendario = new CalendarioHabil();

	/**
	 * Los días entre semana que no son hábiles en 2026. El Domingo de Pascua también figura como festivo en
	 * la biblioteca, pero al caer en domingo no cambia ningún plazo.
	 */
	@Test
	void losFestivosEntreSemanaDe2026SonLosDelCalendarioOficial() {
		List<LocalDate> festivos2026 = Stream.iterate(LocalDate.of(2026, 1, 1), fecha -> fecha.getYear() == 2026, fecha -> fecha.plusDays(1))
			.filter(fecha -> fecha.getDayOfWeek().getValue() <= 5 && !calendario.esHabil(fecha))
			.toList();

		assertThat(festivos2026).containsExactly(
				LocalDate.of(2026, 1, 1), // Año Nuevo
				LocalDate.of(2026, 1, 12), // Reyes Magos (6 de enero, martes → lunes)
				LocalDate.of(2026, 3, 23), // San José (19 de marzo, jueves → lunes)
				LocalDate.of(2026, 4, 2), // Jueves Santo
				LocalDate.of(2026, 4, 3), // Viernes Santo
				LocalDate.of(2026, 5, 1), // Día del Trabajo
				LocalDate.of(2026, 5, 18), // Ascensión (lunes)
				LocalDate.of(2026, 6, 8), // Corpus Christi (lunes)
				LocalDate.of(2026, 6, 15), // Sagrado Corazón (lunes)
				LocalDate.of(2026, 6, 29), // San Pedro y San Pablo (ya es lunes)
				// Nuestra Señora del Rosario de Chiquinquirá (9 de julio, jueves → lunes): festivo nacional desde
				// 2026 por la Ley 2578 de 2026, posterior a la lista de spec/calendario.md; la biblioteca ya lo trae.
				LocalDate.of(2026, 7, 13),
				LocalDate.of(2026, 7, 20), // Independencia
				LocalDate.of(2026, 8, 7), // Batalla de Boyacá
				LocalDate.of(2026, 8, 17), // Asunción (15 de agosto, sábado → lunes)
				LocalDate.of(2026, 10, 12), // Día de la Raza (ya es lunes)
				LocalDate.of(2026, 11, 2), // Todos los Santos (1 de noviembre, domingo → lunes)
				LocalDate.of(2026, 11, 16), // Independencia de Cartagena (11 de noviembre, miércoles → lunes)
				LocalDate.of(2026, 12, 8), // Inmaculada Concepción
				LocalDate.of(2026, 12, 25)); // Navidad
	}

	@ParameterizedTest(name = "{0} es hábil: {1} ({2})")
	@CsvSource({
			"2026-01-06, true,  el 6 de enero de 2026 es martes y el festivo pasa al lunes 12",
			"2026-01-12, false, Reyes Magos trasladado",
			"2026-03-19, true,  San José cae jueves y pasa al lunes 23",
			"2026-04-02, false, Jueves Santo",
			"2026-04-03, false, Viernes Santo",
			"2026-04-06, true,  el lunes de Pascua no es festivo en Colombia",
			"2025-04-17, false, Jueves Santo de 2025",
			"2025-04-18, false, Viernes Santo de 2025",
			"2027-03-25, false, Jueves Santo de 2027 (Pascua el 28 de marzo)",
			"2026-05-14, true,  la Ascensión no se celebra el jueves",
			"2026-07-20, false, festivo fijo aunque caiga lunes",
			"2026-12-25, false, Navidad",
			"2026-12-31, true,  el 31 de diciembre es hábil",
			"2027-01-01, false, Año Nuevo",
			"2027-01-06, true,  en 2027 Reyes cae miércoles y pasa al lunes 11",
			"2027-01-11, false, Reyes Magos trasladado en 2027",
			"2026-04-04, false, sábado",
			"2026-04-05, false, domingo" })
	void distingueDiasHabiles(LocalDate fecha, boolean habil, String porQue) {
		assertThat(calendario.esHabil(fecha)).as(porQue).isEqualTo(habil);
	}

	@ParameterizedTest(name = "{2} días hábiles desde {0} = {1} ({3})")
	@CsvSource({
			"2026-03-30, 2026-04-08, 5, Semana Santa: se saltan el Jueves y el Viernes Santo",
			"2026-01-02, 2026-01-09, 5, el 6 de enero de 2026 cuenta como hábil",
			"2026-01-09, 2026-01-19, 5, el lunes 12 de enero de 2026 es festivo",
			"2025-12-24, 2026-01-02, 5, cambio de año: se saltan el 25 de diciembre y el 1 de enero",
			"2026-12-30, 2027-01-07, 5, cambio de año hacia 2027",
			"2026-03-20, 2026-03-30, 5, San José trasladado al lunes 23",
			"2026-05-15, 2026-05-25, 5, Ascensión trasladada al lunes 18",
			"2026-06-05, 2026-06-16, 5, Corpus Christi y Sagrado Corazón en lunes seguidos",
			"2026-04-04, 2026-04-10, 5, radicación en sábado: se cuenta desde el lunes",
			"2026-04-01, 2026-04-06, 1, el día hábil siguiente al miércoles santo es el lunes",
			"2026-03-30, 2026-03-30, 0, cero días hábiles es el mismo día" })
	void cuentaDiasHabilesDesdeElSiguiente(LocalDate desde, LocalDate esperado, int dias, String porQue) {
		assertThat(calendario.habilesDesde(desde, dias)).as(porQue).isEqualTo(esperado);
	}

	@ParameterizedTest(name = "{2} meses desde {0} = {1}")
	@CsvSource({
			"2026-01-31, 2026-02-28, 1",
			"2024-01-31, 2024-02-29, 1",
			"2026-03-30, 2026-09-30, 6",
			"2026-11-15, 2027-01-15, 2" })
	void cuentaMesesConElUltimoDiaSiNoExisteLaFecha(LocalDate desde, LocalDate esperado, int meses) {
		assertThat(calendario.mesesDesde(desde, meses)).isEqualTo(esperado);
	}

	@Test
	void cuentaDiasCorridosSinSaltarFestivos() {
		assertThat(calendario.corridosDesde(LocalDate.of(2026, 3, 30), 5)).isEqualTo(LocalDate.of(2026, 4, 4));
		assertThat(calendario.corridosDesde(LocalDate.of(2026, 12, 28), 5)).isEqualTo(LocalDate.of(2027, 1, 2));
	}

}
