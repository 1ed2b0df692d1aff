package co.auditoria.decisiones.simulacion;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import co.auditoria.decisiones.simulacion.Desenlace.AccionSimulada;

/**
 * El impacto de unas reglas candidatas sobre un lote: cuántos casos cambian, las transiciones de resultado
 * ({@code APROBADA -> OBJETADA: 12}), cuántos casos ganan o pierden cada causal, cada acción y cada regla, y los
 * totales de los campos de dinero antes y después. Acumula caso a caso sin guardar ninguno.
 */
public final class ResumenSimulacion {

	private int total;

	private int invalidos;

	private int cambian;

	private final Map<String, Integer> porResultadoAntes = new LinkedHashMap<>();

	private final Map<String, Integer> porResultadoDespues = new LinkedHashMap<>();

	private final Map<String, Integer> transiciones = new TreeMap<>();

	private final Map<String, Integer> causalesGanadas = new TreeMap<>();

	private final Map<String, Integer> causalesPerdidas = new TreeMap<>();

	private final Map<String, Integer> accionesGanadas = new TreeMap<>();

	private final Map<String, Integer> accionesPerdidas = new TreeMap<>();

	private final Map<String, Integer> reglasGanadas = new TreeMap<>();

	private final Map<String, Integer> reglasPerdidas = new TreeMap<>();

	private final Map<String, BigDecimal> dineroAntes = new LinkedHashMap<>();

	private final Map<String, BigDecimal> dineroDespues = new LinkedHashMap<>();

	/** @param resultados los del dominio, en su orden de precedencia: así salen las cuentas por resultado */
	public ResumenSimulacion(List<String> resultados, List<String> camposDinero) {
		resultados.forEach(resultado -> {
			porResultadoAntes.put(resultado, 0);
			porResultadoDespues.put(resultado, 0);
		});
		camposDinero.forEach(campo -> {
			dineroAntes.put(campo, BigDecimal.ZERO);
			dineroDespues.put(campo, BigDecimal.ZERO);
		});
	}

	public void agregar(CasoComparado caso) {
		total++;
		if (caso.esInvalido()) {
			invalidos++;
			return;
		}
		Desenlace antes = caso.antes();
		Desenlace despues = caso.despues();
		porResultadoAntes.merge(antes.resultado(), 1, Integer::sum);
		porResultadoDespues.merge(despues.resultado(), 1, Integer::sum);
		antes.dinero().forEach((campo, valor) -> dineroAntes.merge(campo, valor, BigDecimal::add));
		despues.dinero().forEach((campo, valor) -> dineroDespues.merge(campo, valor, BigDecimal::add));
		diferencias(antes.reglasAplicadas(), despues.reglasAplicadas(), reglasGanadas, reglasPerdidas);
		if (!caso.cambia()) {
			return;
		}
		cambian++;
		if (!antes.resultado().equals(despues.resultado())) {
			transiciones.merge(antes.resultado() + " -> " + despues.resultado(), 1, Integer::sum);
		}
		diferencias(antes.causales(), despues.causales(), causalesGanadas, causalesPerdidas);
		diferencias(antes.acciones().stream().map(AccionSimulada::tipo).toList(),
				despues.acciones().stream().map(AccionSimulada::tipo).toList(), accionesGanadas, accionesPerdidas);
	}

	public int total() {
		return total;
	}

	public int cambian() {
		return cambian;
	}

	private static void diferencias(List<String> antes, List<String> despues, Map<String, Integer> ganadas,
			Map<String, Integer> perdidas) {
		Set<String> previas = new HashSet<>(antes);
		Set<String> nuevas = new HashSet<>(despues);
		nuevas.stream().filter(valor -> !previas.contains(valor)).forEach(valor -> ganadas.merge(valor, 1, Integer::sum));
		previas.stream().filter(valor -> !nuevas.contains(valor)).forEach(valor -> perdidas.merge(valor, 1, Integer::sum));
	}

	/** Lo que se publica, con cuánto tardó. */
	public Resumen resumen(long milisegundos) {
		Map<String, Map<String, BigDecimal>> dinero = new LinkedHashMap<>();
		dineroAntes.forEach((campo, antes) -> {
			Map<String, BigDecimal> totales = new LinkedHashMap<>();
			totales.put("antes", antes);
			totales.put("despues", dineroDespues.get(campo));
			totales.put("diferencia", dineroDespues.get(campo).subtract(antes));
			dinero.put(campo, totales);
		});
		return new Resumen(total, invalidos, total - invalidos - cambian, cambian, sinCeros(porResultadoAntes),
				sinCeros(porResultadoDespues), transiciones, causalesGanadas, causalesPerdidas, accionesGanadas,
				accionesPerdidas, reglasGanadas, reglasPerdidas, dinero, milisegundos,
				milisegundos == 0 ? total : Math.round(total * 1000.0 / milisegundos));
	}

	private static Map<String, Integer> sinCeros(Map<String, Integer> cuentas) {
		Map<String, Integer> copia = new LinkedHashMap<>(cuentas);
		copia.values().removeIf(cuenta -> cuenta == 0);
		return copia;
	}

	/**
	 * @param reglasGanadas en cuántos casos dispara cada regla que antes no disparaba (aunque el caso no cambie)
	 * @param dinero por campo, el total antes, después y la diferencia, sobre los casos válidos
	 */
	public record Resumen(int total, int invalidos, int sinCambios, int cambian, Map<String, Integer> porResultadoAntes,
			Map<String, Integer> porResultadoDespues, Map<String, Integer> transiciones, Map<String, Integer> causalesGanadas,
			Map<String, Integer> causalesPerdidas, Map<String, Integer> accionesGanadas, Map<String, Integer> accionesPerdidas,
			Map<String, Integer> reglasGanadas, Map<String, Integer> reglasPerdidas, Map<String, Map<String, BigDecimal>> dinero,
			long milisegundos, long casosPorSegundo) {
	}

}
