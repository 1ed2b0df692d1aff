package co.auditoria.decisiones.calendario;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
 * crean leyes nuevas, como el de la Virgen de Chiquinquirá de la Ley 2578 de 2026) los da Jollyday; aquí solo se guardan por año para no recalcularlos en cada decisión. Inmutable y seguro
 * entre hilos: las reglas lo usan como global.
 */
@Component
public class CalendarioHabil {

	private final HolidayManager festivos = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.COLOMBIA));

	private final Map<Integer, Set<LocalDate>> festivosPorAnio = new ConcurrentHashMap<>();

	public boolean esHabil(LocalDate fecha) {
		DayOfWeek dia = fecha.getDayOfWeek();
		return dia != DayOfWeek.SATURDAY && dia != DayOfWeek.SUNDAY && !esFestivo(fecha);
	}

	public boolean esFestivo(LocalDate fecha) {
		return festivosPorAnio.computeIfAbsent(fecha.getYear(), this::festivosDe).contains(fecha);
	}

	/**
	 * "N días hábiles desde X": se cuenta desde el primer día hábil siguiente a X y la fecha límite es el
	 * N-ésimo día hábil (calendario.md).
	 */
	public LocalDate habilesDesde(LocalDate desde, int dias) {
		LocalDate fecha = desde;
		int contados = 0;
		while (contados < dias) {
			fecha = fecha.plusDays(1);
			if (esHabil(fecha)) {
				contados++;
			}
		}
		return fecha;
	}

	/** "N meses desde X": la misma fecha N meses después, o el último día de ese mes si no existe. */
	public LocalDate mesesDesde(LocalDate desde, int meses) {
		return desde.plusMonths(meses);
	}

	/** "N días corridos desde X". */
	public LocalDate corridosDesde(LocalDate desde, int dias) {
		return desde.plusDays(dias);
	}

	private Set<LocalDate> festivosDe(int anio) {
		return festivos.getHolidays(java.time.Year.of(anio)).stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
	}

}
