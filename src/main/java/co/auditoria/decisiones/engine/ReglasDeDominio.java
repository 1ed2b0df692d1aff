package co.auditoria.decisiones.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kie.api.KieBase;
import org.kie.api.runtime.Globals;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Las reglas compiladas de un dominio: una KieBase compartida por todas las decisiones, los globales
 * inmutables que leen sus reglas, y lo que se muestra en {@code GET /api/v1/reglas}.
 *
 * @param version huella del contenido de los archivos del dominio (DRL, tablas y CSV)
 * @param sesiones sesiones de la KieBase que se reutilizan entre decisiones (se vacían al devolverse), porque
 *        crear la memoria de trabajo de cero en cada decisión era la mitad de su costo
 * @param globalesDeSesion los mismos globales como los lee cada sesión del pool ({@link GlobalesDeDominio})
 * @param precedencia cómo se decide el {@link Veredicto} con los resultados del dominio y su catálogo de causales
 * @param fasesAntes los agenda-groups del dominio anteriores a la fase de resultado, en el orden en que se disparan
 * @param fasesDespues los que siguen a la fase de resultado (los que leen el veredicto); las dos listas se arman
 *        una vez al compilar y cada decisión las enfoca
 * @param reglas cada regla con su archivo, líneas, fase y texto, en el orden de los archivos
 * @param fuentes el contenido de cada archivo del dominio, por su ruta relativa ({@code invalidez/x.drl})
 */
public record ReglasDeDominio(String dominio, String version, KieBase kieBase, KieSessionsPool sesiones,
		Map<String, Object> globales, Globals globalesDeSesion, CatalogoCausales causales, Veredicto.Precedencia precedencia,
		List<String> fasesAntes, List<String> fasesDespues, List<ReglaDefinida> reglas, Map<String, String> fuentes) {

	/** Cada archivo con los nombres de sus reglas, en orden alfabético; un catálogo CSV, con la lista vacía. */
	public Map<String, List<String>> archivos() {
		Map<String, List<String>> archivos = new TreeMap<>();
		fuentes.keySet().forEach(archivo -> archivos.put(archivo, List.of()));
		reglas.stream()
			.collect(java.util.stream.Collectors.groupingBy(ReglaDefinida::archivo))
			.forEach((archivo, definidas) -> archivos.put(archivo,
					definidas.stream().map(ReglaDefinida::nombre).sorted().toList()));
		return archivos;
	}

}
