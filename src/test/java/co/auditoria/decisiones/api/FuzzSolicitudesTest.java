package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzing por mutación de cada dominio: toma las solicitudes válidas de {@code examples/<dominio>/} (las
 * que no se llaman {@code *invalida*}), así que un dominio nuevo se prueba solo, y las rompe con
 * {@link Mutador}. Toda respuesta debe ser 2xx, o 4xx con problem+json; nunca 5xx. Al final el servicio
 * sigue sano y decide las semillas igual que antes.
 * <p>
 * {@code -Dfuzz.casos=100000} cambia los casos por dominio; {@code -Dfuzz.semilla=N} repite una corrida
 * (la semilla se imprime).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class FuzzSolicitudesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int CASOS = Integer.getInteger("fuzz.casos", 3_000);

	private static final long SEMILLA = Long.getLong("fuzz.semilla", 20_261_123L);

	@LocalServerPort
	int puerto;

	/** Un caso por dominio del servicio (no por carpeta de ejemplos): un dominio sin ejemplos falla, no se salta. */
	@TestFactory
	Stream<DynamicTest> ningunaEntradaRotaDaUn5xx() {
		List<String> dominios = new ArrayList<>();
		JSON.readTree(enviar("GET", "/api/v1/reglas", null).body()).path("dominios").propertyNames().forEach(dominios::add);
		assertThat(dominios).isNotEmpty();
		return dominios.stream().sorted().map(dominio -> DynamicTest.dynamicTest(dominio,
				() -> fuzzear(dominio, semillas(Path.of("examples", dominio)))));
	}

	private void fuzzear(String dominio, List<JsonNode> semillas) throws Exception {
		assertThat(semillas).as("examples/%s/ tiene solicitudes válidas para mutar", dominio).isNotEmpty();
		Map<Integer, String> antes = resultados(dominio, semillas);
		Map<Integer, AtomicInteger> porEstado = new ConcurrentHashMap<>();
		List<String> fallas = Collections.synchronizedList(new ArrayList<>());
		long inicio = System.nanoTime();
		ExecutorService hilos = Executors.newFixedThreadPool(3);
		try {
			List<Future<?>> tareas = new ArrayList<>();
			for (int hilo = 0; hilo < 3; hilo++) {
				long semilla = SEMILLA ^ dominio.hashCode() * 31L + hilo;
				int casos = CASOS / 3 + (hilo < CASOS % 3 ? 1 : 0);
				tareas.add(hilos.submit(() -> lanzar(dominio, semillas, semilla, casos, porEstado, fallas)));
			}
			for (Future<?> tarea : tareas) {
				tarea.get();
			}
		}
		finally {
			hilos.shutdownNow();
		}
		System.out.printf("fuzz %s: %d casos en %d ms (semilla %d), por estado %s%n", dominio, CASOS,
				(System.nanoTime() - inicio) / 1_000_000, SEMILLA, new TreeMap<>(porEstado));

		assertThat(fallas).as("respuestas 5xx o 4xx sin problem+json (semilla %d)", SEMILLA).isEmpty();
		assertThat(enviar("GET", "/actuator/health", null).body()).contains("\"status\":\"UP\"");
		assertThat(resultados(dominio, semillas)).as("las semillas se deciden igual después del fuzzing").isEqualTo(antes);
	}

	/** Con la misma semilla ({@code -Dfuzz.semilla}) salen los mismos casos, en el mismo orden, en cada hilo. */
	private Void lanzar(String dominio, List<JsonNode> semillas, long semilla, int casos,
			Map<Integer, AtomicInteger> porEstado, List<String> fallas) {
		Mutador mutador = new Mutador(semilla);
		java.util.SplittableRandom azar = new java.util.SplittableRandom(semilla);
		for (int i = 0; i < casos && fallas.size() < 10; i++) {
			byte[] cuerpo = mutador.mutar(semillas.get(azar.nextInt(semillas.size())));
			String ruta = "/api/v1/" + dominio + "/decide";
			if (azar.nextInt(10) == 0) {
				// Un lote con el caso roto entre casos válidos: el lote entero no debe caer.
				ruta += "/lote";
				cuerpo = ("{\"casos\": [" + semillas.get(0) + "," + new String(cuerpo, StandardCharsets.UTF_8) + "]}")
					.getBytes(StandardCharsets.UTF_8);
			}
			String falla;
			String recibido;
			try {
				HttpResponse<String> respuesta = enviar("POST", ruta, cuerpo);
				porEstado.computeIfAbsent(respuesta.statusCode(), estado -> new AtomicInteger()).incrementAndGet();
				falla = falla(respuesta);
				recibido = respuesta.body();
			}
			catch (UncheckedIOException ex) {
				// Una respuesta cortada a medias es tan mala como un 500.
				falla = "respuesta interrumpida: " + ex.getMessage();
				recibido = "";
			}
			if (falla != null) {
				String enviado = new String(cuerpo, StandardCharsets.UTF_8);
				fallas.add(falla + "\n  ruta: " + ruta + "\n  cuerpo: " + recortar(enviado) + "\n  respuesta: "
						+ recortar(recibido));
			}
		}
		return null;
	}

	/** {@code null} si la respuesta es aceptable. */
	private static String falla(HttpResponse<String> respuesta) {
		int estado = respuesta.statusCode();
		String tipo = respuesta.headers().firstValue("Content-Type").orElse("");
		if (estado >= 200 && estado < 300) {
			JsonNode json = JSON.readTree(respuesta.body());
			return json.has("resultado") || json.has("resultados") ? null : "2xx sin resultado";
		}
		if (estado >= 400 && estado < 500) {
			if (!tipo.startsWith("application/problem+json")) {
				return estado + " sin problem+json (" + tipo + ")";
			}
			return JSON.readTree(respuesta.body()).path("status").asInt() == estado ? null : estado + " con otro status";
		}
		return "estado " + estado;
	}

	private Map<Integer, String> resultados(String dominio, List<JsonNode> semillas) {
		Map<Integer, String> resultados = new TreeMap<>();
		for (int i = 0; i < semillas.size(); i++) {
			HttpResponse<String> respuesta = enviar("POST", "/api/v1/" + dominio + "/decide",
					semillas.get(i).toString().getBytes(StandardCharsets.UTF_8));
			assertThat(respuesta.statusCode()).as("la semilla %d de %s es válida", i, dominio).isEqualTo(200);
			JsonNode decision = JSON.readTree(respuesta.body());
			resultados.put(i, decision.path("resultado").asString() + " " + decision.path("causales"));
		}
		return resultados;
	}

	private static List<JsonNode> semillas(Path carpeta) {
		if (!Files.isDirectory(carpeta)) {
			return List.of();
		}
		try (Stream<Path> archivos = Files.list(carpeta)) {
			return archivos.filter(archivo -> archivo.getFileName().toString().endsWith(".json"))
				.filter(archivo -> !archivo.getFileName().toString().contains("invalida"))
				.sorted()
				.map(archivo -> {
					try {
						return JSON.readTree(Files.readString(archivo));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				})
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpResponse<String> enviar(String metodo, String ruta, byte[] cuerpo) {
		HttpRequest.Builder peticion = HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + ruta))
			.header("Content-Type", "application/json")
			.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(cuerpo));
		return ClienteHttp.texto(peticion);
	}

	private static String recortar(String texto) {
		return texto.length() > 400 ? texto.substring(0, 400) + "… (" + texto.length() + " caracteres)" : texto;
	}

}
