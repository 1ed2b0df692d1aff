package co.auditoria.decisiones.ges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Cuentas y porcentajes como los del informe de fiscalización: un decimal, redondeo half-up (71 de 118 →
 * 60,2; 1 de 16 → 6,3) y solo las claves con cuenta mayor que cero.
 */
final class Conteo {

	private Conteo() {
	}

	static BigDecimal porcentaje(long cuenta, long total) {
		return BigDecimal.valueOf(cuenta * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
	}

	/** Cuántos elementos caen en cada clave, en el orden de {@code claves}, sin las claves vacías. */
	static <T, K> Map<String, Long> cuentas(Collection<T> elementos, Function<T, K> clave, Iterable<K> claves) {
		Map<K, Long> porClave = new HashMap<>();
		elementos.forEach(elemento -> porClave.merge(clave.apply(elemento), 1L, Long::sum));
		Map<String, Long> cuentas = new LinkedHashMap<>();
		for (K k : claves) {
			long cuenta = porClave.getOrDefault(k, 0L);
			if (cuenta > 0) {
				cuentas.put(String.valueOf(k), cuenta);
			}
		}
		return cuentas;
	}

	/** {@code {"CLAVE": {"cuenta": n, "porcentaje": p}}} con el porcentaje sobre el total de los elementos. */
	static <T, K> Map<String, TablasGes.Celda> conPorcentaje(Collection<T> elementos, Function<T, K> clave, Iterable<K> claves) {
		Map<String, TablasGes.Celda> tabla = new LinkedHashMap<>();
		cuentas(elementos, clave, claves).forEach((k, cuenta) -> tabla.put(k,
				new TablasGes.Celda(cuenta, porcentaje(cuenta, elementos.size()))));
		return tabla;
	}

	/** Los elementos de cada clave, con las claves en el orden en que aparecen; una sola pasada. */
	static <T, K> Map<K, List<T>> agrupar(Collection<T> elementos, Function<T, K> clave) {
		Map<K, List<T>> grupos = new LinkedHashMap<>();
		elementos.forEach(elemento -> grupos.computeIfAbsent(clave.apply(elemento), k -> new ArrayList<>()).add(elemento));
		return grupos;
	}

	static <T> List<T> filtrar(Collection<T> elementos, Predicate<T> condicion) {
		return elementos.stream().filter(condicion).toList();
	}

}
