package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ley 1581 de 2012: ningún nombre ni número de documento llega a los logs, ni a la auditoría, ni cuando
 * la solicitud es inválida y el 400 repite el valor. Se decide con las solicitudes de ejemplo de cada
 * dominio cargadas de datos personales reconocibles (en los identificadores y en campos que el dominio
 * no conoce), con el logger raíz en DEBUG, los de Drools, Spring MVC y Tomcat en TRACE y la auditoría en INFO, y se busca cada dato en todo lo
 * registrado, trazas de excepciones incluidas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class SinDatosPersonalesEnLogsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String NOMBRE = "Aurelio Buendía Quiñones";

	private static final String DOCUMENTO = "79123456";

	private static final List<String> DATOS = List.of("Aurelio", "Buendía", "Buendia", "Quiñones", DOCUMENTO);

	private final Logger raiz = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final Logger auditoria = (Logger) LoggerFactory.getLogger("AUDITORIA");

	private final Logger cliente = (Logger) LoggerFactory.getLogger("jdk.internal.httpclient");

	private final ListAppender<ILoggingEvent> registrado = new ListAppender<>();

	private Level nivelRaiz;

	private Level nivelAuditoria;

	@LocalServerPort
	int puerto;

	@BeforeEach
	void capturar() {
		nivelRaiz = raiz.getLevel();
		nivelAuditoria = auditoria.getLevel();
		registrado.start();
		raiz.addAppender(registrado);
		auditoria.addAppender(registrado);
		raiz.setLevel(Level.DEBUG);
		cliente.setLevel(Level.INFO);
		auditoria.setLevel(Level.INFO);
		// Como haría quien depura en producción: los loggers que ven la solicitud, en TRACE (no deben bajar de INFO).
		List.of("org.drools", "org.springframework.web", "org.apache.coyote.http11")
			.forEach(nombre -> ((Logger) LoggerFactory.getLogger(nombre)).setLevel(Level.TRACE));
	}

	@AfterEach
	void soltar() {
		raiz.setLevel(nivelRaiz);
		cliente.setLevel(null);
		auditoria.setLevel(nivelAuditoria);
		raiz.detachAppender(registrado);
		auditoria.detachAppender(registrado);
	}

	@Test
	void niDecisionesNiErroresRegistranNombresNiDocumentos() {
		ClienteHttp http = new ClienteHttp(puerto);
		int decididas = 0;
		for (Path carpeta : dominios()) {
			String dominio = carpeta.getFileName().toString();
			for (JsonNode semilla : semillas(carpeta)) {
				String conDatos = conDatosPersonales(semilla).toString();
				ClienteHttp.Respuesta decision = http.post("/api/v1/" + dominio + "/decide", conDatos);
				assertThat(decision.estado()).as("%s decide con el documento en el identificador", dominio).isEqualTo(200);
				decididas++;
				assertThat(http.post("/api/v1/" + dominio + "/decide/lote", "{\"casos\": [" + conDatos + "]}").estado())
					.isEqualTo(200);
				String desconocidos = conCamposDesconocidos(semilla).toString();
				ClienteHttp.Respuesta rechazo = http.post("/api/v1/" + dominio + "/decide", desconocidos);
				assertThat(rechazo.estado()).as("%s rechaza los campos desconocidos", dominio).isEqualTo(400);
				assertThat(rechazo.json().path("errores").findValuesAsString("campo"))
					.contains("nombreCompleto", "numeroDocumento", "paciente");
				http.post("/api/v1/" + dominio + "/decide/lote", "{\"casos\": [" + desconocidos + "]}");

				ClienteHttp.Respuesta invalida = http.post("/api/v1/" + dominio + "/decide", todoTexto(semilla).toString());
				assertThat(invalida.estado()).as("%s rechaza textos en todos los campos", dominio).isEqualTo(400);
				http.post("/api/v1/" + dominio + "/decide/lote", "{\"casos\": [" + todoTexto(semilla) + "]}");
				http.post("/api/v1/" + dominio + "/decide", conDatos.substring(0, conDatos.indexOf(DOCUMENTO) + 4));
			}
		}
		http.post("/api/v1/invalidez/decide", "{\"idCaso\": " + NOMBRE + "}");
		http.post("/api/v1/invalidez/decide", "{\"siniestro\": {\"fecha\": \"" + NOMBRE + "\"}}");
		http.post("/api/v1/" + DOCUMENTO + "/decide", "{}");

		assertThat(decididas).isPositive();
		assertThat(registrado.list).filteredOn(evento -> evento.getLoggerName().equals("AUDITORIA"))
			.as("la auditoría registró las decisiones").hasSizeGreaterThanOrEqualTo(decididas);
		List<String> fugas = new ArrayList<>();
		for (ILoggingEvent evento : List.copyOf(registrado.list)) {
			if (evento.getLoggerName().startsWith("jdk.internal.httpclient")) {
				continue; // el cliente HTTP de la prueba, no el servicio
			}
			String texto = evento.getFormattedMessage()
					+ (evento.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(evento.getThrowableProxy()));
			if (DATOS.stream().anyMatch(texto::contains)) {
				fugas.add(evento.getLoggerName() + " " + evento.getLevel() + ": " + texto.substring(0, Math.min(texto.length(), 300)));
			}
		}
		assertThat(fugas).as("líneas de log con datos personales").isEmpty();
	}

	/** Los identificadores de texto llevan el documento (un caso válido). */
	private static ObjectNode conDatosPersonales(JsonNode semilla) {
		ObjectNode caso = (ObjectNode) semilla.deepCopy();
		for (String campo : List.copyOf(caso.propertyNames())) {
			if (campo.startsWith("id") && caso.get(campo).isString()) {
				caso.put(campo, "CC-" + DOCUMENTO);
			}
		}
		return caso;
	}

	/** Los datos personales en campos que el dominio no define: 400, y tampoco deben llegar a un log. */
	private static ObjectNode conCamposDesconocidos(JsonNode semilla) {
		ObjectNode caso = conDatosPersonales(semilla);
		caso.put("nombreCompleto", NOMBRE);
		caso.put("numeroDocumento", DOCUMENTO);
		caso.putObject("paciente").put("nombre", NOMBRE).put("documento", "CC " + DOCUMENTO);
		return caso;
	}

	/** Todo valor, a cualquier profundidad, es el nombre y el documento: fechas, números y enumerados fallan. */
	private static JsonNode todoTexto(JsonNode nodo) {
		if (nodo.isObject()) {
			ObjectNode copia = JSON.createObjectNode();
			nodo.properties().forEach(campo -> copia.set(campo.getKey(), todoTexto(campo.getValue())));
			return copia;
		}
		if (nodo.isArray()) {
			var copia = JSON.createArrayNode();
			nodo.forEach(elemento -> copia.add(todoTexto(elemento)));
			return copia;
		}
		return JSON.getNodeFactory().stringNode(NOMBRE + " " + DOCUMENTO);
	}

	private static List<Path> dominios() {
		try (Stream<Path> carpetas = Files.list(Path.of("examples"))) {
			return carpetas.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<JsonNode> semillas(Path carpeta) {
		try (Stream<Path> archivos = Files.list(carpeta)) {
			List<JsonNode> semillas = new ArrayList<>();
			for (Path archivo : archivos.sorted().toList()) {
				String nombre = archivo.getFileName().toString();
				if (nombre.endsWith(".json") && !nombre.contains("invalida")) {
					semillas.add(JSON.readTree(Files.readString(archivo)));
				}
			}
			return semillas;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
