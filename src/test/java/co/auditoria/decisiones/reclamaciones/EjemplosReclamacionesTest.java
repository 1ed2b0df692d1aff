package co.auditoria.decisiones.reclamaciones;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cada ejemplo de {@code examples/reclamaciones/} da por HTTP el resultado que dice su nombre
 * ({@code reconocida-parcial--tope-del-amparo.json} → {@code RECONOCIDA_PARCIAL}; {@code invalida--*} → 400), y toda
 * decisión cumple {@code valorReclamado = valorReconocido + valorObjetado + valorPendiente} con el objetado igual a la
 * suma de las objeciones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class EjemplosReclamacionesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int puerto;

	static Stream<Arguments> ejemplos() throws IOException {
		try (Stream<Path> archivos = Files.list(Path.of("examples/reclamaciones"))) {
			return archivos.sorted().map(archivo -> Arguments.of(archivo.getFileName().toString().replace(".json", ""), archivo))
				.toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ejemplos")
	void elEjemploDaElResultadoDeSuNombre(String nombre, Path archivo) throws IOException, InterruptedException {
		HttpResponse<String> respuesta = enviar(Files.readString(archivo));
		JsonNode cuerpo = JSON.readTree(respuesta.body());
		String esperado = nombre.split("--")[0].toUpperCase(Locale.ROOT).replace('-', '_');
		if (esperado.equals("INVALIDA")) {
			assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(400);
			assertThat(cuerpo.path("errores").size()).as(respuesta.body()).isPositive();
			return;
		}
		assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
		assertThat(cuerpo.path("resultado").asString()).as(respuesta.body()).isEqualTo(esperado);
		BigDecimal objeciones = BigDecimal.ZERO;
		for (JsonNode objecion : cuerpo.path("objeciones")) {
			objeciones = objeciones.add(objecion.path("valor").decimalValue());
		}
		assertThat(cuerpo.path("valorObjetado").decimalValue()).as(respuesta.body()).isEqualByComparingTo(objeciones);
		assertThat(cuerpo.path("valorReconocido").decimalValue().add(cuerpo.path("valorObjetado").decimalValue())
			.add(cuerpo.path("valorPendiente").decimalValue())).as(respuesta.body())
			.isEqualByComparingTo(cuerpo.path("valorReclamado").decimalValue());
	}

	private HttpResponse<String> enviar(String cuerpo) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + puerto + "/api/v1/reclamaciones/decide"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(cuerpo))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
