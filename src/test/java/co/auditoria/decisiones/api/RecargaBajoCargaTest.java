package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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

		DecisionesEnParalelo decisiones = new DecisionesEnParalelo(http, "/api/v1/invalidez/decide", CASO, CONCURRENTES,
				esperado, RecargaBajoCargaTest::huella);

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
			decisiones.detener();
		}
		System.out.printf("recarga bajo carga: %d recargas (%d válidas, %d rotas) con %d solicitudes concurrentes, "
				+ "%d decisiones en %d ms, por versión %s%n", RECARGAS, validas, rotas, CONCURRENTES, decisiones.decisiones(),
				(System.nanoTime() - inicio) / 1_000_000, decisiones.porVersion());

		assertThat(decisiones.fallas()).isEmpty();
		assertThat(decisiones.porVersion().keySet()).as("se decidió con las dos versiones").containsExactlyInAnyOrderElementsOf(esperado.keySet());
		assertThat(decisiones.decisiones()).isGreaterThan(RECARGAS * CONCURRENTES);
	}

	/** Lo que una versión de las reglas decide para el caso, sin lo que cambia en cada decisión. */
	private static String huella(JsonNode decision) {
		return decision.path("resultado").asString() + " " + decision.path("clasificacionPcl").asString() + " "
				+ decision.path("causales").findValuesAsString("codigo") + " " + new TreeSet<>(
						decision.path("reglasAplicadas").valueStream().map(JsonNode::asString).toList());
	}

}
