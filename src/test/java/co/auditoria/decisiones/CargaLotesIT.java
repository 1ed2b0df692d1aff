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
 * uno, bajo todos los límites documentados) terminaban en {@code OutOfMemoryError} y 500. Ahora cada lote se lee
 * caso a caso y lo que no cabe en el presupuesto es un 503 con {@code Retry-After}: solo 200 o 503, nunca 500, y
 * las decisiones sueltas siguen respondiendo 200 durante la carga (cada una en menos de 30 s). Cuánto tardan se
 * imprime, no se afirma: en una máquina compartida de 2 núcleos depende de lo demás que corre (el soak de
 * {@code src/bench/soak.sh} es donde se mide).
 */
class CargaLotesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int LOTES = 6;

	private static final int CASOS = 9_000;

	@Test
	void seisLotesGrandesConPocoHeapSoloDan200O503YLasDecisionesSueltasSiguen() throws Exception {
		byte[] lote = lote(Path.of("examples", "glosas", "glosa-parcial.json"), CASOS);
		byte[] suelta = Files.readAllBytes(Path.of("examples", "glosas", "sin-glosa.json"));
		assertThat(lote.length).as("un lote de 15 MB").isGreaterThan(14_000_000);
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
				List<Future<HttpResponse<String>>> lotes = new ArrayList<>();
				for (int i = 0; i < LOTES; i++) {
					lotes.add(hilos.submit(() -> jar.post("/api/v1/glosas/decide/lote", HttpRequest.BodyPublishers.ofByteArray(lote),
							Duration.ofMinutes(5))));
				}
				for (Future<HttpResponse<String>> pendiente : lotes) {
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
