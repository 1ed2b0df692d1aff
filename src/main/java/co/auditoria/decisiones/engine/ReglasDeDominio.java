package co.auditoria.decisiones.engine;

import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Las reglas compiladas de un dominio: una KieBase compartida por todas las decisiones, los globales
 * inmutables que leen sus reglas, y lo que se muestra en {@code GET /api/v1/reglas}.
 *
 * @param version huella del contenido de los archivos del dominio (DRL y CSV)
 * @param sesiones sesiones de la KieBase que se reutilizan entre decisiones (se vacían al devolverse), porque
 *        crear la memoria de trabajo de cero en cada decisión era la mitad de su costo
 * @param archivos cada archivo DRL con los nombres de sus reglas, y cada CSV con una lista vacía
 */
public record ReglasDeDominio(String dominio, String version, KieBase kieBase, KieSessionsPool sesiones,
		Map<String, Object> globales, CatalogoCausales causales, Map<String, List<String>> archivos) {
}
