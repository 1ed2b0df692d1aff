package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/reglas}, {@code validar} y {@code recargar}, y la vigilancia del directorio, sobre
 * una copia de {@code rules/} que la prueba rompe y arregla.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=true", "reglas.espera-vigilancia=200ms", "logging.level.AUDITORIA=WARN" })
class ReglasControllerTest {

	private static final Path REGLAS = ReglasTemporales.copiar();

	private static final Path DRL = REGLAS.resolve("invalidez/clasificacion-pcl.drl");

	private static final Path TABLA = REGLAS.resolve("invalidez/clasificacion-pcl.tabla.csv");

	private static final String CASO = """
			{"siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "J45"}],
			 "pclCalificada": 60, "pclEnFirme": true}""";

	@LocalServerPort
	int puerto;

	private ClienteHttp http;

	private String original;

	private String tablaOriginal;

	@DynamicPropertySource
	static void directorio(DynamicPropertyRegistry propiedades) {
		propiedades.add("reglas.directorio", REGLAS::toString);
	}

	@BeforeEach
	void guardarOriginal() throws IOException {
		http = new ClienteHttp(puerto);
		original = Files.readString(DRL);
		tablaOriginal = Files.readString(TABLA);
	}

	@AfterEach
	void restaurar() throws IOException {
		Files.writeString(DRL, original);
		Files.writeString(TABLA, tablaOriginal);
		http.post("/api/v1/reglas/recargar", "");
	}

	@Test
	void listaLosArchivosYLasReglasActivas() {
		JsonNode reglas = http.get("/api/v1/reglas").json();

		JsonNode invalidez = reglas.path("dominios").path("invalidez");
		assertThat(invalidez.path("versionReglas").asString()).hasSize(12);
		assertThat(invalidez.path("archivos").findValuesAsString("archivo")).contains("invalidez/clasificacion-pcl.drl",
				"invalidez/clasificacion-pcl.tabla.csv", "invalidez/causales.csv");
		assertThat(invalidez.path("archivos").toString()).contains("Una PCL calificada del 50 % o más es invalidez");
	}

	@Test
	void unErrorDeSintaxisEs422ConArchivoYLineaYLasDecisionesSiguenConLaMismaVersion() throws IOException {
		String version = decidir().path("versionReglas").asString();
		int lineas = original.split("\n", -1).length;
		Files.writeString(DRL, "rule \"rota\" when then x end garbage\n", StandardOpenOption.APPEND);

		ClienteHttp.Respuesta validar = http.post("/api/v1/reglas/validar", "");
		ClienteHttp.Respuesta recargar = http.post("/api/v1/reglas/recargar", "");

		for (ClienteHttp.Respuesta respuesta : new ClienteHttp.Respuesta[] { validar, recargar }) {
			assertThat(respuesta.estado()).isEqualTo(422);
			assertThat(respuesta.tipo()).startsWith("application/problem+json");
			JsonNode error = respuesta.json().path("errores").get(0);
			assertThat(error.path("archivo").asString()).isEqualTo("invalidez/clasificacion-pcl.drl");
			assertThat(error.path("linea").asInt()).isGreaterThanOrEqualTo(lineas - 1);
			assertThat(error.path("mensaje").asString()).isNotBlank();
		}
		JsonNode decision = decidir();
		assertThat(decision.path("versionReglas").asString()).isEqualTo(version);
		assertThat(decision.path("clasificacionPcl").asString()).isEqualTo("INVALIDEZ");
	}

	@Test
	void arreglarLasReglasLasRecargaYCambiaLaVersion() throws IOException {
		String version = decidir().path("versionReglas").asString();
		Files.writeString(TABLA, tablaOriginal.replace("Una PCL calificada del 50 % o más es invalidez",
				"Una PCL calificada de al menos 50 % es invalidez"));

		ClienteHttp.Respuesta recargar = http.post("/api/v1/reglas/recargar", "");

		assertThat(recargar.estado()).isEqualTo(200);
		assertThat(recargar.json().path("recargadas").asBoolean()).isTrue();
		JsonNode decision = decidir();
		assertThat(decision.path("versionReglas").asString()).isNotEqualTo(version);
		assertThat(decision.path("reglasAplicadas").toString()).contains("Una PCL calificada de al menos 50 % es invalidez");
	}

	@Test
	void guardarUnArchivoRecargaSoloLasReglas() throws Exception {
		String version = decidir().path("versionReglas").asString();

		Files.writeString(DRL, original + "\n// comentario de un analista\n");

		Instant limite = Instant.now().plus(Duration.ofSeconds(20));
		String nueva = version;
		while (nueva.equals(version) && Instant.now().isBefore(limite)) {
			Thread.sleep(100);
			nueva = decidir().path("versionReglas").asString();
		}
		assertThat(nueva).as("la vigilancia recargó las reglas").isNotEqualTo(version);
	}

	private JsonNode decidir() {
		ClienteHttp.Respuesta respuesta = http.post("/api/v1/invalidez/decide", CASO);
		assertThat(respuesta.estado()).isEqualTo(200);
		return respuesta.json();
	}

}
