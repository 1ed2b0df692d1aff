package co.auditoria.decisiones.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.nio.charset.StandardCharsets;

import co.auditoria.decisiones.api.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Claves, roles y límites con la seguridad encendida: 401 sin clave o con una desconocida, 403 con un rol
 * que no alcanza, problem+json siempre; salud, info y OpenAPI públicas; cuerpo y JSON con límites.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN", "seguridad.habilitada=true",
				"seguridad.claves[0].nombre=decisor",
				"seguridad.claves[0].hash=7361e385dbdbdb67c2c42bdede5acc2e570227f345bcbb46d020a942f47bab24",
				"seguridad.claves[0].roles=DECIDIR",
				"seguridad.claves[1].nombre=analista",
				"seguridad.claves[1].hash=EF29EAF68DD2C5391967E315E6F600A8C559C1916AA352433AA5DBB1557D8186",
				"seguridad.claves[1].roles=ADMIN_REGLAS",
				"seguridad.claves[2].nombre=monitoreo",
				"seguridad.claves[2].hash=9a78bb2b0c9be4cae8f79c984d21a810ceac2c12e34002234b45fd8ed835d0d6",
				"seguridad.claves[2].roles=OPERACION", "decisiones.cuerpo.maximo=256KB", "decisiones.lote.maximo=50" })
class SeguridadTest {

	private static final String DECIDIR = "clave-de-prueba-decidir";

	private static final String ADMIN = "clave-de-prueba-admin";

	private static final String OPERACION = "clave-de-prueba-operacion";

	private static final String CASO = """
			{"siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "S72.0"}],
			 "diasUci": 2, "fechaEvaluacion": "2026-02-20"}""";

	@LocalServerPort
	int puerto;

	@Test
	void decidirSinClaveOConUnaDesconocidaEs401ProblemJson() {
		HttpResponse<String> sinClave = post("/api/v1/invalidez/decide", null, CASO);
		HttpResponse<String> desconocida = post("/api/v1/invalidez/decide", "otra-clave", CASO);

		assertThat(sinClave.statusCode()).isEqualTo(401);
		assertThat(sinClave.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(sinClave.body()).contains("credencial-ausente").contains("X-API-Key");
		assertThat(desconocida.statusCode()).isEqualTo(401);
		assertThat(desconocida.body()).contains("credencial-desconocida").doesNotContain("otra-clave");
	}

	@Test
	void cadaRutaExigeSuRol() {
		assertThat(post("/api/v1/invalidez/decide", DECIDIR, CASO).statusCode()).isEqualTo(200);
		assertThat(post("/api/v1/invalidez/decide/lote", DECIDIR, "{\"casos\": [" + CASO + "]}").statusCode()).isEqualTo(200);
		assertThat(post("/api/v1/invalidez/decide", ADMIN, CASO).statusCode()).isEqualTo(403);
		assertThat(post("/api/v1/invalidez/decide/lote", OPERACION, "{\"casos\": []}").statusCode()).isEqualTo(403);

		HttpResponse<String> recargarComoDecisor = post("/api/v1/reglas/recargar", DECIDIR, "");
		assertThat(recargarComoDecisor.statusCode()).isEqualTo(403);
		assertThat(recargarComoDecisor.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(recargarComoDecisor.body()).contains("\"status\":403");
		assertThat(post("/api/v1/reglas/validar", DECIDIR, "").statusCode()).isEqualTo(403);
		assertThat(post("/api/v1/reglas/validar", null, "").statusCode()).isEqualTo(401);
		assertThat(post("/api/v1/reglas/validar", ADMIN, "").statusCode()).isEqualTo(200);
		assertThat(post("/api/v1/reglas/recargar", ADMIN, "").statusCode()).isEqualTo(200);

		assertThat(get("/api/v1/reglas", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/reglas", DECIDIR).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", DECIDIR).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/prometheus", OPERACION).statusCode()).isEqualTo(200);
	}

	@Test
	void saludInfoYOpenApiSonPublicasYLaPreparacionExigeReglas() {
		HttpResponse<String> preparacion = get("/actuator/health/readiness", null);

		assertThat(preparacion.statusCode()).isEqualTo(200);
		assertThat(preparacion.body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/info", null).body()).contains("versionReglas");
		assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
		assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
	}

	@Test
	void unDominioDesconocidoConClaveSigueSiendo404() {
		assertThat(post("/api/v1/pensiones/decide", DECIDIR, CASO).statusCode()).isEqualTo(404);
	}

	@Test
	void unCuerpoMayorQueElMaximoEs413ConOSinLargoDeclarado() {
		String grande = "{\"casos\": [" + (CASO + ",").repeat(2000) + CASO + "]}";
		assertThat(grande.length()).isGreaterThan(256 * 1024);

		HttpResponse<String> declarado = post("/api/v1/invalidez/decide/lote", DECIDIR, grande);
		HttpResponse<String> porPartes = enviar(peticion("/api/v1/invalidez/decide/lote", DECIDIR)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(
					() -> new ByteArrayInputStream(grande.getBytes(StandardCharsets.UTF_8)))));

		for (HttpResponse<String> respuesta : java.util.List.of(declarado, porPartes)) {
			assertThat(respuesta.statusCode()).isEqualTo(413);
			assertThat(respuesta.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(respuesta.body()).contains("cuerpo-demasiado-grande");
		}
	}

	@Test
	void elJsonDemasiadoAnidadoOConTextosONumerosEnormesEs400() {
		String anidado = "{\"x\": " + "[".repeat(40) + "]".repeat(40) + ", " + CASO.substring(1);
		String textoEnorme = CASO.replace("\"S72.0\"", "\"" + "S".repeat(100_001) + "\"");
		String numeroEnorme = CASO.replace("\"diasUci\": 2", "\"diasUci\": " + "9".repeat(60));

		Map<String, String> limites = Map.of(anidado, "máximo de 32 niveles de anidamiento", textoEnorme,
				"máximo de 100000 caracteres", numeroEnorme, "máximo de 50 cifras");
		for (Map.Entry<String, String> caso : limites.entrySet()) {
			HttpResponse<String> respuesta = post("/api/v1/invalidez/decide", DECIDIR, caso.getKey());
			assertThat(respuesta.statusCode()).isEqualTo(400);
			assertThat(respuesta.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(respuesta.body()).contains(caso.getValue()).doesNotContain("Exception").doesNotContain("exceeds");
		}
	}

	private HttpResponse<String> post(String ruta, String clave, String cuerpo) {
		return enviar(peticion(ruta, clave).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(cuerpo)));
	}

	private HttpResponse<String> get(String ruta, String clave) {
		return enviar(peticion(ruta, clave).GET());
	}

	private HttpRequest.Builder peticion(String ruta, String clave) {
		HttpRequest.Builder peticion = HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + ruta));
		return clave == null ? peticion : peticion.header("X-API-Key", clave);
	}

	private static HttpResponse<String> enviar(HttpRequest.Builder peticion) {
		return ClienteHttp.texto(peticion);
	}

}
