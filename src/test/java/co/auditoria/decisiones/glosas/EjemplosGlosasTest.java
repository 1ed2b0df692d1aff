package co.auditoria.decisiones.glosas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cada ejemplo de {@code examples/glosas/} da por HTTP lo que su nombre promete (el README los usa con curl), y
 * decidir una factura glosada no deja el nombre ni el documento del usuario en ningún log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class EjemplosGlosasTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> RESULTADOS = Map.of(
			"factura-sin-glosa", "SIN_GLOSA",
			"factura-glosada", "GLOSA_PARCIAL",
			"factura-escalada", "ESCALADA",
			"factura-no-reconocida", "NO_RECONOCIDA",
			"factura-prestador-liquidado", "CERRADA");

	@LocalServerPort
	private int puerto;

	static Stream<Arguments> ejemplos() throws IOException {
		try (Stream<Path> archivos = Files.list(Path.of("examples/glosas"))) {
			return archivos.sorted().map(archivo -> Arguments.of(archivo.getFileName().toString().replace(".json", ""), archivo))
				.toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ejemplos")
	void elEjemploDaSuResultado(String nombre, Path archivo) throws IOException, InterruptedException {
		HttpResponse<String> respuesta = enviar(Files.readString(archivo));
		JsonNode cuerpo = JSON.readTree(respuesta.body());
		if (nombre.startsWith("invalida")) {
			assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(400);
			assertThat(respuesta.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(cuerpo.path("errores").size()).as(respuesta.body()).isPositive();
			return;
		}
		assertThat(RESULTADOS).as("ejemplo sin resultado esperado en la prueba").containsKey(nombre);
		assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
		assertThat(cuerpo.path("resultado").asString()).as(respuesta.body()).isEqualTo(RESULTADOS.get(nombre));
	}

	@Test
	void losDatosDelUsuarioVanEnLaNotificacionPeroNuncaEnLosLogs() throws IOException, InterruptedException {
		Logger raiz = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Logger auditoria = (Logger) LoggerFactory.getLogger("AUDITORIA");
		Level nivelAuditoria = auditoria.getLevel();
		ListAppender<ILoggingEvent> capturados = new ListAppender<>();
		capturados.start();
		raiz.addAppender(capturados);
		auditoria.addAppender(capturados);
		auditoria.setLevel(Level.INFO);
		try {
			HttpResponse<String> respuesta = enviar(Files.readString(Path.of("examples/glosas/factura-glosada.json")));
			JsonNode notificacion = JSON.readTree(respuesta.body()).path("notificacion");
			assertThat(notificacion.path("numeroDocumentoUsuario").asString()).isEqualTo("1010101010");
			assertThat(notificacion.path("nombreUsuario").asString()).isEqualTo("Luis Gómez");
			assertThat(notificacion.path("numeroFactura").asString()).isEqualTo("FE-2002");
		}
		finally {
			raiz.detachAppender(capturados);
			auditoria.detachAppender(capturados);
			auditoria.setLevel(nivelAuditoria);
		}
		List<String> lineas = capturados.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(lineas).as("la decisión se registra en la auditoría").anyMatch(linea -> linea.contains("\"dominio\":\"glosas\""));
		assertThat(lineas).noneMatch(linea -> linea.contains("1010101010") || linea.contains("Gómez") || linea.contains("FE-2002"));
	}

	private HttpResponse<String> enviar(String cuerpo) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + puerto + "/api/v1/glosas/decide"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(cuerpo))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
