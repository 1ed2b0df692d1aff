package co.auditoria.decisiones.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Varios hilos que deciden el mismo caso por HTTP sin parar mientras la prueba cambia las reglas (recargas, reversiones):
 * cada respuesta debe ser 200, traer una de las versiones esperadas y lo que esa versión decide (su huella), nunca una
 * mezcla. Se detiene con {@link #detener()}; lo que no cuadró queda en {@link #fallas()}.
 */
public final class DecisionesEnParalelo {

	private static final int FALLAS_MAXIMAS = 20;

	private final AtomicBoolean decidiendo = new AtomicBoolean(true);

	private final AtomicInteger decisiones = new AtomicInteger();

	private final Map<String, AtomicInteger> porVersion = new ConcurrentHashMap<>();

	private final List<String> fallas = Collections.synchronizedList(new ArrayList<>());

	private final ExecutorService hilos;

	private final List<Future<?>> decisores = new ArrayList<>();

	/**
	 * @param esperado la huella de la decisión por cada versión de reglas del dominio que puede responder
	 * @param huella lo que una versión decide para el caso, sin lo que cambia en cada decisión
	 */
	public DecisionesEnParalelo(ClienteHttp http, String ruta, String caso, int concurrentes, Map<String, String> esperado,
			Function<JsonNode, String> huella) {
		hilos = Executors.newFixedThreadPool(concurrentes);
		for (int i = 0; i < concurrentes; i++) {
			decisores.add(hilos.submit(() -> {
				while (decidiendo.get() && fallas.size() < FALLAS_MAXIMAS) {
					decidir(http, ruta, caso, esperado, huella);
				}
			}));
		}
	}

	private void decidir(ClienteHttp http, String ruta, String caso, Map<String, String> esperado,
			Function<JsonNode, String> huella) {
		try {
			ClienteHttp.Respuesta respuesta = http.post(ruta, caso);
			decisiones.incrementAndGet();
			if (respuesta.estado() != 200) {
				fallas.add("estado " + respuesta.estado() + ": " + respuesta.texto());
				return;
			}
			JsonNode decision = respuesta.json();
			String version = decision.path("versionReglas").asString();
			porVersion.computeIfAbsent(version, v -> new AtomicInteger()).incrementAndGet();
			if (!esperado.containsKey(version)) {
				fallas.add("versión no válida " + version);
			}
			else if (!esperado.get(version).equals(huella.apply(decision))) {
				fallas.add("la versión " + version + " dio " + huella.apply(decision));
			}
		}
		catch (RuntimeException ex) {
			fallas.add("solicitud fallida: " + ex);
		}
	}

	/** Deja de decidir y espera a que terminen las solicitudes en curso. */
	public void detener() throws Exception {
		decidiendo.set(false);
		try {
			for (Future<?> decisor : decisores) {
				decisor.get();
			}
		}
		finally {
			hilos.shutdown();
		}
	}

	public List<String> fallas() {
		return fallas;
	}

	/** Cuántas decisiones respondió cada versión. */
	public Map<String, AtomicInteger> porVersion() {
		return porVersion;
	}

	public int decisiones() {
		return decisiones.get();
	}

}
