package co.auditoria.decisiones;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lo que vio un operador con el jar y {@code -Xmx512m}: seis lotes a la vez de 9 000 facturas de glosas (15 MB cada
 * uno, bajo todos los límites documentados) terminaban en {@code OutOfMemoryError} y 500. Aquí van dos lotes de
 * 9 000 casos de cada dominio de facturas grandes (glosas, reclamaciones y reembolsos) a la vez. Ahora cada lote se lee
 * caso a caso y lo que no cabe en el presupuesto es un 503 con {@code Retry-After}: solo 200 o 503, nunca 500, y
 * las decisiones sueltas siguen respondiendo 200 durante la carga (cada una en menos de 30 s). Cuánto tardan se
 * imprime, no se afirma: en una máquina compartida de 2 núcleos depende de lo demás que corre (el soak de
 * {@code src/bench/soak.sh} es donde se mide).
 */
class CargaLotesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int CASOS = 9_000;

	/** Dos lotes de cada dominio que recibe lotes de facturas grandes: glosas, reclamaciones y reembolsos. */
	private static final Map<String, Path> EJEMPLOS = Map.of(
			"glosas", Path.of("examples", "glosas", "glosa-parcial.json"),
			"reclamaciones", Path.of("examples", "reclamaciones", "reconocida-parcial--tope-del-amparo.json"),
			"reembolsos", Path.of("examples", "reembolsos", "objetado-parcial--tope-soat-no-agotado.json"));

	private static final int LOTES = 2 * EJEMPLOS.size();

	@Test
	void seisLotesGrandesConPocoHeapSoloDan200O503YLasDecisionesSueltasSiguen() throws Exception {
		Map<String, byte[]> lotes = new TreeMap<>();
		for (Map.Entry<String, Path> ejemplo : EJEMPLOS.entrySet()) {
			lotes.put(ejemplo.getKey(), lote(ejemplo.getValue(), CASOS));
			assertThat(lotes.get(ejemplo.getKey()).length).as("un lote de más de 10 MB de " + ejemplo.getKey())
				.isGreaterThan(10_000_000);
		}
		byte[] suelta = Files.readAllBytes(Path.of("examples", "glosas", "sin-glosa.json"));
		try (JarEnMarcha jar = JarEnMarcha.arrancar("carga-lotes", List.of("-Xmx512m"),
				List.of("--reglas.directorio=rules", "--reglas.vigilar=false", "--logging.level.AUDITORIA=OFF"))) {
			Map<Integer, AtomicInteger> estados = new ConcurrentHashMap<>();
			AtomicBoolean cargando = new AtomicBoolean(true);
			AtomicLong peorSuelta = new AtomicLong();
			AtomicInteger sueltas = new AtomicInteger();
			ExecutorService hilos = Executors.newFixedThreadPool(LOTES + 1);
			try {
				Future<?> decisiones = hilos.submit(() -> {
					while (cargando.get()) {
						long inicio = System.nanoTime();
						HttpResponse<String> respuesta = jar.post("/api/v1/glosas/decide", HttpRequest.BodyPublishers.ofByteArray(suelta),
								Duration.ofSeconds(30));
						peorSuelta.accumulateAndGet(System.nanoTime() - inicio, Math::max);
						assertThat(respuesta.statusCode()).isEqualTo(200);
						sueltas.incrementAndGet();
						Thread.sleep(50);
					}
					return null;
				});
				List<Future<HttpResponse<String>>> enviados = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					lotes.forEach((dominio, lote) -> enviados.add(hilos.submit(() -> jar.post("/api/v1/" + dominio + "/decide/lote",
							HttpRequest.BodyPublishers.ofByteArray(lote), Duration.ofMinutes(5)))));
				}
				for (Future<HttpResponse<String>> pendiente : enviados) {
					HttpResponse<String> respuesta = pendiente.get();
					estados.computeIfAbsent(respuesta.statusCode(), estado -> new AtomicInteger()).incrementAndGet();
					if (respuesta.statusCode() == 200) {
						JsonNode resumen = JSON.readTree(respuesta.body()).path("resumen");
						assertThat(resumen.path("total").asInt()).isEqualTo(CASOS);
						assertThat(resumen.path("errores").asInt()).isZero();
					}
					else if (respuesta.statusCode() == 503) {
						assertThat(respuesta.headers().firstValue("Retry-After")).isPresent();
						assertThat(respuesta.body()).contains("urn:decisiones:problema:sin-capacidad");
					}
				}
				cargando.set(false);
				decisiones.get();
			}
			finally {
				cargando.set(false);
				hilos.shutdownNow();
			}
			System.out.printf("carga de lotes: estados %s, %d decisiones sueltas, la más lenta %d ms%n", new TreeMap<>(estados),
					sueltas.get(), peorSuelta.get() / 1_000_000);
			assertThat(estados.keySet()).as("solo 200 o 503").isSubsetOf(200, 503);
			assertThat(estados).containsKey(200);
			assertThat(sueltas.get()).isPositive();
			assertThat(jar.log()).doesNotContain("OutOfMemoryError");
		}
	}

	/** {@code {"casos": [el ejemplo n veces]}}. */
	static byte[] lote(Path ejemplo, int casos) throws java.io.IOException {
		String caso = JSON.readTree(Files.readString(ejemplo)).toString();
		StringBuilder cuerpo = new StringBuilder(caso.length() * casos + 16).append("{\"casos\": [");
		for (int i = 0; i < casos; i++) {
			cuerpo.append(i == 0 ? "" : ",").append(caso);
		}
		return cuerpo.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

}
