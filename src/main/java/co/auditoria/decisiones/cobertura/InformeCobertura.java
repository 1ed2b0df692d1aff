package co.auditoria.decisiones.cobertura;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import co.auditoria.decisiones.engine.ReglaDefinida;

/**
 * La cobertura de las reglas de un dominio: cada regla con los escenarios que la dispararon, primero las que ninguno
 * dispara.
 *
 * @param reglasSinEscenario cuántas reglas no dispara ningún escenario: la prueba de cobertura exige cero
 */
public record InformeCobertura(String dominio, String versionReglas, int totalReglas, int reglasSinEscenario,
		List<ReglaCubierta> reglas) {

	/** Una regla, dónde está, y los escenarios que la dispararon ({@code features/x.feature:LÍNEA nombre}). */
	public record ReglaCubierta(String nombre, String archivo, int linea, String fase, List<String> escenarios) {
	}

	/** @param escenariosPorRegla por nombre de regla, los escenarios en los que disparó */
	public static InformeCobertura de(String dominio, String versionReglas, List<ReglaDefinida> definidas,
			Map<String, ? extends Collection<String>> escenariosPorRegla) {
		List<ReglaCubierta> reglas = definidas.stream()
			.map(regla -> new ReglaCubierta(regla.nombre(), regla.archivo(), regla.linea(), regla.fase(),
					escenarios(escenariosPorRegla.get(regla.nombre()))))
			.sorted(Comparator.comparing((ReglaCubierta regla) -> !regla.escenarios().isEmpty())
				.thenComparing(ReglaCubierta::archivo)
				.thenComparingInt(ReglaCubierta::linea))
			.toList();
		int sinEscenario = (int) reglas.stream().filter(regla -> regla.escenarios().isEmpty()).count();
		return new InformeCobertura(dominio, versionReglas, reglas.size(), sinEscenario, reglas);
	}

	private static List<String> escenarios(Collection<String> escenarios) {
		return escenarios == null ? List.of() : List.copyOf(new TreeSet<>(escenarios));
	}

	public List<ReglaCubierta> sinEscenario() {
		return reglas.stream().filter(regla -> regla.escenarios().isEmpty()).toList();
	}

}
