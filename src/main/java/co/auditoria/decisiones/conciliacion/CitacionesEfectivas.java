package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Hecho: las citaciones efectivas para una glosa en una etapa de la conciliación (las reglas dicen cuáles lo son),
 * ordenadas por {@code fecha} y, a igual fecha, por {@code fechaCita}: la primera, la segunda y la última se cuentan
 * en ese orden, cualquiera sea el orden en la solicitud.
 */
public record CitacionesEfectivas(String glosa, EstadoGlosa etapa, List<Citacion> citaciones) {

	private static final Comparator<Citacion> ORDEN = Comparator.comparing(Citacion::fecha).thenComparing(Citacion::fechaCita);

	/** @param efectivas las {@link Citacion} que las reglas reunieron */
	public static CitacionesEfectivas de(String glosa, EstadoGlosa etapa, Collection<?> efectivas) {
		List<Citacion> ordenadas = new ArrayList<>();
		efectivas.forEach(citacion -> ordenadas.add((Citacion) citacion));
		ordenadas.sort(ORDEN);
		return new CitacionesEfectivas(glosa, etapa, List.copyOf(ordenadas));
	}

	public boolean ninguna() {
		return citaciones.isEmpty();
	}

	/** Hay dos efectivas o más y la cita de la segunda fue antes de esa fecha (no se contestó). */
	public boolean segundaCitaAntesDe(LocalDate fecha) {
		return citaciones.size() >= 2 && citaciones.get(1).fechaCita().isBefore(fecha);
	}

	/** La última efectiva cita a ese día o después. */
	public boolean citaPendienteAl(LocalDate hoy) {
		return !citaciones.isEmpty() && !fechaCitaUltima().isBefore(hoy);
	}

	public LocalDate fechaCitaPrimera() {
		return citaciones.isEmpty() ? null : citaciones.get(0).fechaCita();
	}

	public LocalDate fechaCitaUltima() {
		return citaciones.isEmpty() ? null : citaciones.get(citaciones.size() - 1).fechaCita();
	}

}
