package co.auditoria.decisiones.calendario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.BitSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Días hábiles de Colombia (lunes a viernes salvo festivos nacionales) y plazos en meses, para todos
 * los dominios. Los festivos (fijos, Ley 51 de 1983 "Ley Emiliani", los que dependen de la Pascua y los que
 * crean leyes nuevas, como el de la Virgen de Chiquinquirá de la Ley 2578 de 2026) los da Jollyday; aquí se guardan por año, ya como días hábiles, para no recalcularlos en cada decisión. Inmutable y seguro
 * entre hilos: las reglas lo usan como global.
 */
@Component
public class CalendarioHabil {

	private final HolidayManager festivos = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.COLOMBIA));

	/** Por año, los días hábiles marcados por su día del año (1 a 365 o 366): los plazos saltan de hábil en hábil. */
	private final Map<Integer, BitSet> habilesPorAnio = new ConcurrentHashMap<>();

	public boolean esHabil(LocalDate fecha) {
		return habilesDe(fecha.getYear()).get(fecha.getDayOfYear());
	}

	/**
	 * "N días hábiles desde X": se cuenta desde el primer día hábil siguiente a X y la fecha límite es el
	 * N-ésimo día hábil (calendario.md).
	 */
	public LocalDate habilesDesde(LocalDate desde, int dias) {
		if (dias <= 0) {
			return desde;
		}
		int anio = desde.getYear();
		int dia = desde.getDayOfYear();
		BitSet habiles = habilesDe(anio);
		int faltan = dias;
		while (true) {
			dia = habiles.nextSetBit(dia + 1);
			if (dia < 0) {
				habiles = habilesDe(++anio);
				continue;
			}
			if (--faltan == 0) {
				return LocalDate.ofYearDay(anio, dia);
			}
		}
	}

	/** "N meses desde X": la misma fecha N meses después, o el último día de ese mes si no existe. */
	public LocalDate mesesDesde(LocalDate desde, int meses) {
		return desde.plusMonths(meses);
	}

	/** "N días corridos desde X". */
	public LocalDate corridosDesde(LocalDate desde, int dias) {
		return desde.plusDays(dias);
	}

	/** Primero un {@code get}: {@code computeIfAbsent} crearía en cada llamada la lambda que captura {@code this}. */
	private BitSet habilesDe(int anio) {
		BitSet habiles = habilesPorAnio.get(anio);
		return habiles != null ? habiles : habilesPorAnio.computeIfAbsent(anio, this::calcularHabiles);
	}

	private BitSet calcularHabiles(int anio) {
		Set<LocalDate> festivosDelAnio = festivos.getHolidays(Year.of(anio)).stream().map(Holiday::getDate)
			.collect(Collectors.toSet());
		BitSet habiles = new BitSet(367);
		for (LocalDate fecha = LocalDate.of(anio, 1, 1); fecha.getYear() == anio; fecha = fecha.plusDays(1)) {
			DayOfWeek dia = fecha.getDayOfWeek();
			if (dia != DayOfWeek.SATURDAY && dia != DayOfWeek.SUNDAY && !festivosDelAnio.contains(fecha)) {
				habiles.set(fecha.getDayOfYear());
			}
		}
		return habiles;
	}

}
