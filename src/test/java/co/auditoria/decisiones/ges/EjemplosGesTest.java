package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cada ejemplo de {@code examples/ges/} da por HTTP lo que su nombre promete (el README los usa con curl). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class EjemplosGesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> RESULTADOS = Map.of(
			"cumplida-dentro-plazo", "CUMPLIDA_DENTRO_PLAZO",
			"cumplida-fuera-plazo", "CUMPLIDA_FUERA_PLAZO",
			"exceptuada-dentro-plazo", "EXCEPTUADA_DENTRO_PLAZO",
			"exceptuada-fuera-plazo", "EXCEPTUADA_FUERA_PLAZO",
			"exceptuada-sin-plazo", "EXCEPTUADA_SIN_PLAZO",
			"caso-cerrado", "CASO_CERRADO",
			"pendiente-vencida", "PENDIENTE",
			"pendiente-en-seguimiento", "PENDIENTE",
			"no-evaluable", "INGRESO_ERRONEO");

	@LocalServerPort
	private int puerto;

	static Stream<Arguments> ejemplos() throws IOException {
		try (Stream<Path> archivos = Files.list(Path.of("examples/ges"))) {
			return archivos.sorted().map(archivo -> Arguments.of(archivo.getFileName().toString().replace(".json", ""), archivo))
				.toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ejemplos")
	void elEjemploDaSuResultado(String nombre, Path archivo) throws IOException, InterruptedException {
		HttpResponse<String> respuesta = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + puerto + "/api/v1/ges/decide"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Files.readString(archivo)))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode cuerpo = JSON.readTree(respuesta.body());
		if (nombre.startsWith("invalida")) {
			assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(400);
			assertThat(cuerpo.path("errores").size()).as(respuesta.body()).isPositive();
			return;
		}
		assertThat(RESULTADOS).as("ejemplo sin resultado esperado en la prueba").containsKey(nombre);
		assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
		assertThat(cuerpo.path("resultado").asString()).as(respuesta.body()).isEqualTo(RESULTADOS.get(nombre));
	}

}
