package co.auditoria.decisiones.reembolsos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.ListasDeCatalogo;

/**
 * El catálogo {@code soportes_exigidos.csv}: qué soporte exige cada tipo de ítem y cuándo ({@code SIEMPRE},
 * {@code ALTO_COSTO}). Cada valor de {@code cuando} es una lista que las reglas piden por su nombre, así que un
 * {@code cuando} que ninguna regla pide (o una regla que pide uno que no está) no compila. Inmutable: global.
 */
public final class SoportesExigidos implements ListasDeCatalogo {

	private record Exigencia(String cuando, TipoItem tipoItem, String soporte) {
	}

	private final String archivo;

	private final List<Exigencia> exigencias;

	private final Map<String, Long> lineas;

	private SoportesExigidos(String archivo, List<Exigencia> exigencias, Map<String, Long> lineas) {
		this.archivo = archivo;
		this.exigencias = List.copyOf(exigencias);
		this.lineas = Map.copyOf(lineas);
	}

	static SoportesExigidos desde(Catalogo catalogo) {
		List<Exigencia> exigencias = new ArrayList<>();
		Map<String, Long> lineas = new LinkedHashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			String tipo = fila.valor("tipoItem");
			if (Arrays.stream(TipoItem.values()).noneMatch(valor -> valor.name().equals(tipo))) {
				throw fila.error("tipo de ítem '" + tipo + "' desconocido; use uno de "
						+ Arrays.stream(TipoItem.values()).map(Enum::name).collect(Collectors.joining(", ")));
			}
			String soporte = fila.valor("soporte");
			String cuando = fila.valor("cuando");
			if (!soporte.matches("[A-Z0-9_]+") || !cuando.matches("[A-Z0-9_]+")) {
				throw fila.error("el soporte y el cuándo van en MAYÚSCULAS_CON_GUION_BAJO");
			}
			Exigencia exigencia = new Exigencia(cuando, TipoItem.valueOf(tipo), soporte);
			if (exigencias.contains(exigencia)) {
				throw fila.error("la exigencia " + tipo + " " + soporte + " " + cuando + " está repetida");
			}
			exigencias.add(exigencia);
			lineas.putIfAbsent(cuando, fila.linea());
		}
		return new SoportesExigidos(catalogo.archivo(), exigencias, lineas);
	}

	/** Los soportes que la lista {@code cuando} exige al tipo de ítem y que el ítem no trae, sin repetir. */
	public List<String> faltantes(String cuando, TipoItem tipoItem, List<String> presentes) {
		return exigencias.stream()
			.filter(exigencia -> exigencia.cuando().equals(cuando) && exigencia.tipoItem() == tipoItem)
			.map(Exigencia::soporte)
			.filter(soporte -> !presentes.contains(soporte))
			.distinct()
			.toList();
	}

	@Override
	public String archivo() {
		return archivo;
	}

	@Override
	public Map<String, Long> listas() {
		return lineas;
	}
}
