package co.auditoria.decisiones.agendamiento;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * El cronograma de migración por sede ({@code sedes-migracion.csv}, columnas {@code codigo,nombre,fechaMigracion};
 * fecha vacía: aún no migrada). Una sede que no está en el cronograma tampoco migró. Inmutable.
 */
public final class SedesMigracion {

	/** La fecha de migración de cada sede que la tiene. */
	private final Map<String, LocalDate> fechas;

	private SedesMigracion(Map<String, LocalDate> fechas) {
		this.fechas = Map.copyOf(fechas);
	}

	static SedesMigracion desde(Catalogo catalogo) {
		Set<String> codigos = new HashSet<>();
		Map<String, LocalDate> fechas = new HashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			String codigo = fila.valor("codigo");
			fila.valor("nombre");
			if (!codigos.add(codigo)) {
				throw fila.error("la sede '" + codigo + "' está repetida");
			}
			LocalDate fecha = fecha(fila);
			if (fecha != null) {
				fechas.put(codigo, fecha);
			}
		}
		return new SedesMigracion(fechas);
	}

	/** Si la sede ya migró en esa fecha: tiene fecha de migración y no es posterior. */
	public boolean migrada(String sede, LocalDate fecha) {
		LocalDate migracion = sede == null ? null : fechas.get(sede);
		return migracion != null && !migracion.isAfter(fecha);
	}

	private static LocalDate fecha(Catalogo.Fila fila) {
		String texto = fila.opcional("fechaMigracion");
		if (texto == null) {
			return null;
		}
		try {
			if (texto.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(texto);
			}
		}
		catch (DateTimeException ex) {
			// Se informa abajo, como cualquier otro texto que no es una fecha.
		}
		throw fila.error("fechaMigracion '" + texto + "' no es una fecha yyyy-MM-dd que exista");
	}

}
