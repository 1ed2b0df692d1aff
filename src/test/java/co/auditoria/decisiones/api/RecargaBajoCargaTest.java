package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Decisiones concurrentes por HTTP mientras se recargan una y otra vez reglas que alternan entre rotas y
 * dos versiones válidas que clasifican distinto la misma PCL: ninguna solicitud falla, cada respuesta
 * trae una de las dos versiones válidas y el resultado que esa versión da.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class RecargaBajoCargaTest {

	private static final Path REGLAS = ReglasTemporales.copiar();

	/** La tabla de decisión de las bandas de PCL: cambiar un umbral es cambiar una celda. */
	private static final Path DRL = REGLAS.resolve("invalidez/clasificacion-pcl.tabla.csv");

	private static final int RECARGAS = Integer.getInteger("recarga.veces", 16);

	private static final int CONCURRENTES = Integer.getInteger("recarga.concurrentes", 8);

	/** PCL de 45 en firme: incapacidad permanente parcial con el umbral de 50, invalidez con el de 40. */
	private static final String CASO = """
			{"siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "J45"}],
			 "pclCalificada": 45, "pclEnFirme": true, "fechaEvaluacion": "2026-02-20"}""";

	@LocalServerPort
	int puerto;

	@DynamicPropertySource
	static void directorio(DynamicPropertyRegistry propiedades) {
		propiedades.add("reglas.directorio", REGLAS::toString);
	}

	@Test
	void recargarBajoCargaNoFallaNiMezclaVersiones() throws Exception {
		ClienteHttp http = new ClienteHttp(puerto);
		String umbral50 = Files.readString(DRL);
		String umbral40 = umbral50.replace(",5,50,INCAPACIDAD_PERMANENTE_PARCIAL", ",5,40,INCAPACIDAD_PERMANENTE_PARCIAL")
			.replace(",50,,INVALIDEZ", ",40,,INVALIDEZ");
		String rota = umbral50.replace("insert(new PclClasificada(", "insert(new PclClasificadaQueNoExiste(");
		assertThat(umbral40).isNotEqualTo(umbral50);

		Map<String, String> esperado = new ConcurrentHashMap<>();
		for (String contenido : List.of(umbral40, umbral50)) {
			Files.writeString(DRL, contenido);
			String version = http.post("/api/v1/reglas/recargar", "").json().path("dominios").path("invalidez").asString();
			esperado.put(version, huella(http.post("/api/v1/invalidez/decide", CASO).json()));
		}
		assertThat(esperado).hasSize(2);
		assertThat(new TreeSet<>(esperado.values())).as("las dos versiones deciden distinto").hasSize(2);

		AtomicBoolean recargando = new AtomicBoolean(true);
		AtomicInteger decisiones = new AtomicInteger();
		Map<String, AtomicInteger> porVersion = new ConcurrentHashMap<>();
		List<String> fallas = Collections.synchronizedList(new ArrayList<>());
		ExecutorService hilos = Executors.newFixedThreadPool(CONCURRENTES);
		List<Future<?>> decisores = new ArrayList<>();
		for (int i = 0; i < CONCURRENTES; i++) {
			decisores.add(hilos.submit(() -> {
				while (recargando.get() && fallas.size() < 20) {
					try {
						ClienteHttp.Respuesta respuesta = http.post("/api/v1/invalidez/decide", CASO);
						decisiones.incrementAndGet();
						if (respuesta.estado() != 200) {
							fallas.add("estado " + respuesta.estado() + ": " + respuesta.texto());
							continue;
						}
						JsonNode decision = respuesta.json();
						String version = decision.path("versionReglas").asString();
						porVersion.computeIfAbsent(version, v -> new AtomicInteger()).incrementAndGet();
						if (!esperado.containsKey(version)) {
							fallas.add("versión no válida " + version);
						}
						else if (!esperado.get(version).equals(huella(decision))) {
							fallas.add("la versión " + version + " dio " + huella(decision));
						}
					}
					catch (RuntimeException ex) {
						fallas.add("solicitud fallida: " + ex);
					}
				}
			}));
		}

		long inicio = System.nanoTime();
		int validas = 0;
		int rotas = 0;
		try {
			for (int i = 0; i < RECARGAS; i++) {
				boolean valida = i % 2 == 1;
				Files.writeString(DRL, valida ? (i % 4 == 1 ? umbral40 : umbral50) : rota);
				ClienteHttp.Respuesta recarga = http.post("/api/v1/reglas/recargar", "");
				assertThat(recarga.estado()).as("recarga %d", i).isEqualTo(valida ? 200 : 422);
				if (valida) {
					validas++;
				}
				else {
					rotas++;
				}
			}
		}
		finally {
			recargando.set(false);
			for (Future<?> decisor : decisores) {
				decisor.get();
			}
			hilos.shutdown();
		}
		System.out.printf("recarga bajo carga: %d recargas (%d válidas, %d rotas) con %d solicitudes concurrentes, "
				+ "%d decisiones en %d ms, por versión %s%n", RECARGAS, validas, rotas, CONCURRENTES, decisiones.get(),
				(System.nanoTime() - inicio) / 1_000_000, porVersion);

		assertThat(fallas).isEmpty();
		assertThat(porVersion.keySet()).as("se decidió con las dos versiones").containsExactlyInAnyOrderElementsOf(esperado.keySet());
		assertThat(decisiones.get()).isGreaterThan(RECARGAS * CONCURRENTES);
	}

	/** Lo que una versión de las reglas decide para el caso, sin lo que cambia en cada decisión. */
	private static String huella(JsonNode decision) {
		return decision.path("resultado").asString() + " " + decision.path("clasificacionPcl").asString() + " "
				+ decision.path("causales").findValuesAsString("codigo") + " " + new TreeSet<>(
						decision.path("reglasAplicadas").valueStream().map(JsonNode::asString).toList());
	}

}
