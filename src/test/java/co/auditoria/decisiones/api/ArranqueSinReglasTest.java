package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Con {@code reglas.exigir-al-arrancar=false} (una réplica que arranca con un ConfigMap roto) el servicio arranca
 * fuera de servicio: la sonda de preparación dice OUT_OF_SERVICE, decide responde 503 problem+json, y al corregir
 * las reglas y recargar queda listo. Así un balanceador no le manda tráfico sin reglas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "reglas.exigir-al-arrancar=false", "logging.level.AUDITORIA=WARN" })
class ArranqueSinReglasTest {

	private static final Path REGLAS = romper(ReglasTemporales.copiar());

	private static final String CASO = """
			{"siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "J45"}]}""";

	@LocalServerPort
	int puerto;

	@DynamicPropertySource
	static void directorio(DynamicPropertyRegistry propiedades) {
		propiedades.add("reglas.directorio", REGLAS::toString);
	}

	@Test
	void sinReglasQueCompilenNoEstaListoYAlCorregirlasSi() throws IOException {
		ClienteHttp http = new ClienteHttp(puerto);

		ClienteHttp.Respuesta preparacion = http.get("/actuator/health/readiness");
		assertThat(preparacion.estado()).isEqualTo(503);
		assertThat(preparacion.texto()).contains("OUT_OF_SERVICE");
		assertThat(http.get("/actuator/health/liveness").estado()).isEqualTo(200);
		ClienteHttp.Respuesta decision = http.post("/api/v1/invalidez/decide", CASO);
		assertThat(decision.estado()).isEqualTo(503);
		assertThat(decision.tipo()).startsWith("application/problem+json");
		assertThat(decision.json().path("type").asString()).isEqualTo("urn:decisiones:problema:reglas-no-disponibles");

		Path drl = REGLAS.resolve("invalidez/clasificacion-pcl.drl");
		String contenido = Files.readString(drl);
		Files.writeString(drl, contenido.substring(0, contenido.indexOf("rule \"rota\"")));
		assertThat(http.post("/api/v1/reglas/recargar", "").estado()).isEqualTo(200);

		assertThat(http.get("/actuator/health/readiness").estado()).isEqualTo(200);
		assertThat(http.post("/api/v1/invalidez/decide", CASO).estado()).isEqualTo(200);
	}

	private static Path romper(Path reglas) {
		try {
			Files.writeString(reglas.resolve("invalidez/clasificacion-pcl.drl"), "\nrule \"rota\" when then x end garbage\n",
					StandardOpenOption.APPEND);
			return reglas;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
