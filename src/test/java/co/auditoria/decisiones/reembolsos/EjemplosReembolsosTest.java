package co.auditoria.decisiones.reembolsos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import co.auditoria.decisiones.api.ClienteHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cada ejemplo de {@code examples/reembolsos/} da por HTTP el resultado que dice su nombre (antes de {@code --}, en
 * kebab-case: {@code objetado-parcial--tope-soat.json} es {@code OBJETADO_PARCIAL}); los {@code invalida--*} dan 400.
 * Sus valores cumplen la identidad {@code valorAprobado = valorSolicitado − valorObjetado − valorPendiente}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class EjemplosReembolsosTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int puerto;

	static Stream<Path> ejemplos() throws IOException {
		try (Stream<Path> archivos = Files.list(Path.of("examples/reembolsos"))) {
			return archivos.sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ejemplos")
	void elEjemploDaElResultadoDeSuNombre(Path archivo) throws IOException {
		String nombre = archivo.getFileName().toString().replace(".json", "").split("--")[0];
		HttpResponse<String> respuesta = ClienteHttp.texto(HttpRequest
			.newBuilder(URI.create("http://localhost:" + puerto + "/api/v1/reembolsos/decide"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Files.readString(archivo))));
		JsonNode cuerpo = JSON.readTree(respuesta.body());
		if (nombre.equals("invalida")) {
			assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(400);
			assertThat(cuerpo.path("errores").size()).as(respuesta.body()).isPositive();
			return;
		}
		assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
		assertThat(cuerpo.path("resultado").asString()).as(respuesta.body())
			.isEqualTo(nombre.replace('-', '_').toUpperCase(Locale.ROOT));
		assertThat(cuerpo.path("valorAprobado").decimalValue()).isEqualByComparingTo(cuerpo.path("valorSolicitado").decimalValue()
			.subtract(cuerpo.path("valorObjetado").decimalValue()).subtract(cuerpo.path("valorPendiente").decimalValue()));
	}

}
