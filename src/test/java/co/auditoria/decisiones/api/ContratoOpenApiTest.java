package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * El OpenAPI es el contrato: cada ejemplo de {@code examples/<dominio>/} está publicado tal cual en
 * {@code /v3/api-docs}; enviado a {@code decide} da el resultado que dice su nombre ({@code objetada.json},
 * {@code glosa-parcial--dos-items.json}) o el 400 documentado ({@code invalida--*.json}); y cada respuesta real,
 * decisión, lote o error, cumple el esquema publicado. Añadir un ejemplo no pide Java.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class ContratoOpenApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int puerto;

	private ClienteHttp http;

	private JsonNode documento;

	private EsquemaPublicado esquemas;

	@BeforeEach
	void documento() {
		http = new ClienteHttp(puerto);
		documento = http.get("/v3/api-docs").json();
		esquemas = new EsquemaPublicado(documento);
	}

	@TestFactory
	Stream<DynamicTest> cadaEjemploPublicadoDecideLoQueDiceSuNombreYCumpleElEsquema() {
		List<String> dominios = new ArrayList<>();
		http.get("/api/v1/reglas").json().path("dominios").propertyNames().forEach(dominios::add);
		assertThat(dominios).isNotEmpty();
		return dominios.stream().sorted().map(dominio -> DynamicTest.dynamicTest(dominio, () -> comprobarEjemplos(dominio)));
	}

	private void comprobarEjemplos(String dominio) {
		Map<String, JsonNode> archivos = archivos(dominio);
		JsonNode publicados = documento.path("paths").path("/api/v1/" + dominio + "/decide").path("post").path("requestBody")
			.path("content").path("application/json").path("examples");
		assertThat(archivos).as("examples/%s/ tiene ejemplos", dominio).isNotEmpty();
		assertThat(publicados.propertyNames()).as("ejemplos publicados de %s", dominio)
			.containsExactlyInAnyOrderElementsOf(archivos.keySet());
		List<String> resultados = documento.path("components").path("schemas").path(dominio + ".Decision").path("properties")
			.path("resultado").path("enum").valueStream().map(JsonNode::asString).toList();
		assertThat(resultados).as("enumerado de resultados de %s", dominio).isNotEmpty();
		assertThat(esquemas.errores(dominio + ".Decision", JSON.readTree("{\"resultado\": \"NO_ES_UN_RESULTADO\"}")))
			.as("el esquema de la decisión de %s rechaza lo que no es una decisión", dominio).isNotEmpty();
		ArrayNode lote = JSON.createArrayNode();
		int invalidos = 0;
		for (Map.Entry<String, JsonNode> archivo : archivos.entrySet()) {
			JsonNode ejemplo = publicados.path(archivo.getKey()).path("value");
			assertThat(ejemplo).as("el ejemplo %s se publica como el JSON del archivo", archivo.getKey()).isEqualTo(archivo.getValue());
			lote.add(ejemplo);
			ClienteHttp.Respuesta respuesta = http.post("/api/v1/" + dominio + "/decide", ejemplo.toString());
			String esperado = archivo.getKey().split("--", 2)[0];
			if (esperado.equals("invalida")) {
				invalidos++;
				assertThat(respuesta.estado()).as("%s: %s", archivo.getKey(), respuesta.texto()).isEqualTo(400);
				assertThat(respuesta.json().path("errores").size()).as("%s nombra sus campos", archivo.getKey()).isPositive();
				assertThat(esquemas.errores(RespuestasOpenApi.PROBLEMA, respuesta.json())).as(respuesta.texto()).isEmpty();
				continue;
			}
			String resultado = esperado.toUpperCase().replace('-', '_');
			assertThat(resultados).as("el nombre %s empieza por un resultado de %s", archivo.getKey(), dominio).contains(resultado);
			assertThat(respuesta.estado()).as("%s: %s", archivo.getKey(), respuesta.texto()).isEqualTo(200);
			assertThat(respuesta.json().path("resultado").asString()).as("%s: %s", archivo.getKey(), respuesta.texto())
				.isEqualTo(resultado);
			assertThat(esquemas.errores(dominio + ".Decision", respuesta.json())).as(respuesta.texto()).isEmpty();
		}
		ObjectNode cuerpo = JSON.createObjectNode();
		cuerpo.set("casos", lote);
		ClienteHttp.Respuesta respuesta = http.post("/api/v1/" + dominio + "/decide/lote", cuerpo.toString());
		assertThat(respuesta.estado()).as(respuesta.texto()).isEqualTo(200);
		assertThat(respuesta.json().path("resumen").path("total").asInt()).isEqualTo(archivos.size());
		assertThat(respuesta.json().path("resumen").path("errores").asInt()).isEqualTo(invalidos);
		assertThat(esquemas.errores(dominio + ".RespuestaLote", respuesta.json())).as(respuesta.texto()).isEmpty();
		assertThat(esquemas.existe(dominio + ".Lote")).isTrue();
	}

	@Test
	void losErroresDelFrameworkTienenLaFormaPublicadaYHablanEspanol() {
		Map<String, HttpResponse<String>> errores = new TreeMap<>();
		errores.put("404 dominio", enviar("POST", "/api/v1/invalides/decide", "application/json", "{}", null));
		errores.put("404 ruta", enviar("GET", "/api/v1/no-existe", null, null, null));
		errores.put("405", enviar("GET", "/api/v1/invalidez/decide", null, null, null));
		String valido = archivos("invalidez").get("sin-alerta").toString();
		errores.put("406", enviar("POST", "/api/v1/invalidez/decide", "application/json", valido, "text/html"));
		errores.put("415", enviar("POST", "/api/v1/invalidez/decide", "text/plain", "{}", null));
		errores.forEach((caso, respuesta) -> {
			assertThat(respuesta.statusCode()).as(caso).isEqualTo(Integer.parseInt(caso.substring(0, 3)));
			assertThat(respuesta.headers().firstValue("Content-Type").orElse("")).as(caso).startsWith("application/problem+json");
			JsonNode problema = JSON.readTree(respuesta.body());
			assertThat(problema.path("type").asString()).as(caso).startsWith("urn:decisiones:problema:");
			assertThat(problema.path("detail").asString()).as(caso).doesNotContainIgnoringCase("not supported")
				.doesNotContainIgnoringCase("no static resource").doesNotContainIgnoringCase("acceptable representation");
			assertThat(esquemas.errores(RespuestasOpenApi.PROBLEMA, problema)).as(caso).isEmpty();
		});
		assertThat(JSON.readTree(errores.get("415").body()).path("detail").asString()).contains("JSON");
	}

	@Test
	void cadaObjetoDeUnaSolicitudEsEstrictoYUnEsquemaPorDominioNoPisaAOtro() {
		JsonNode componentes = documento.path("components").path("schemas");
		assertThat(componentes.path("invalidez.Siniestro").path("properties").has("tipo")).isTrue();
		assertThat(componentes.path("glosas.Siniestro").path("properties").has("ramo")).isTrue();
		assertThat(componentes.path("invalidez.SolicitudInvalidez").path("additionalProperties").asBoolean(true)).isFalse();
		assertThat(componentes.path("invalidez.Diagnostico").path("additionalProperties").asBoolean(true)).isFalse();
	}

	private HttpResponse<String> enviar(String metodo, String ruta, String tipo, String cuerpo, String acepta) {
		HttpRequest.Builder pedido = HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + ruta))
			.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(cuerpo));
		if (tipo != null) {
			pedido.header("Content-Type", tipo);
		}
		if (acepta != null) {
			pedido.header("Accept", acepta);
		}
		return ClienteHttp.texto(pedido);
	}

	private static Map<String, JsonNode> archivos(String dominio) {
		Path carpeta = Path.of("examples", dominio);
		Map<String, JsonNode> archivos = new TreeMap<>();
		if (!Files.isDirectory(carpeta)) {
			return archivos;
		}
		try (Stream<Path> rutas = Files.list(carpeta)) {
			for (Path ruta : rutas.filter(r -> r.toString().endsWith(".json")).toList()) {
				archivos.put(ruta.getFileName().toString().replaceFirst("\\.json$", ""), JSON.readTree(Files.readString(ruta)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return archivos;
	}

}
