package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/{dominio}/decide} y {@code /decide/lote} contra el servicio real. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class DecisionControllerTest {

	private static final String CASO_UCI = """
			{"idCaso": "C-1", "siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"},
			 "diagnosticos": [{"cie10": "S72.0"}], "diasUci": 2, "fechaEvaluacion": "2026-02-20"}""";

	private static final String CASO_SIN_ALERTA = """
			{"siniestro": {"tipo": "ENFERMEDAD_LABORAL", "fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "J45"}]}""";

	private static final String CASO_INVALIDO = """
			{"siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "XYZ"}]}""";

	@LocalServerPort
	int puerto;

	private ClienteHttp http;

	@BeforeEach
	void cliente() {
		http = new ClienteHttp(puerto);
	}

	@Test
	void decideUnCasoConElSobreComunYLosCamposDelDominio() {
		ClienteHttp.Respuesta respuesta = http.post("/api/v1/invalidez/decide", CASO_UCI);

		assertThat(respuesta.estado()).isEqualTo(200);
		JsonNode decision = respuesta.json();
		assertThat(decision.path("idDecision").asString()).hasSize(36);
		assertThat(decision.path("dominio").asString()).isEqualTo("invalidez");
		assertThat(decision.path("versionReglas").asString()).hasSize(12);
		assertThat(decision.path("resultado").asString()).isEqualTo("POSIBLE_INVALIDEZ");
		assertThat(decision.path("causales").get(0).path("codigo").asString()).isEqualTo("UCI");
		assertThat(decision.path("acciones").findValuesAsString("tipo"))
			.containsExactlyInAnyOrder("REPORTAR_POSIBLE_INVALIDEZ", "INVESTIGAR_ACCIDENTE_GRAVE");
		assertThat(decision.path("reglasAplicadas").size()).isGreaterThanOrEqualTo(3);
		assertThat(decision.path("evaluadoEn").asString()).endsWith("Z");
		assertThat(decision.path("accidenteGrave").asBoolean()).isTrue();
	}

	@Test
	void unLoteDecideCadaCasoEnOrdenYUnCasoInvalidoNoLoTumba() {
		ClienteHttp.Respuesta respuesta = http.post("/api/v1/invalidez/decide/lote",
				"{\"casos\": [" + CASO_UCI + "," + CASO_INVALIDO + "," + CASO_SIN_ALERTA + "]}");

		assertThat(respuesta.estado()).isEqualTo(200);
		JsonNode lote = respuesta.json();
		assertThat(lote.path("resultados").get(0).path("resultado").asString()).isEqualTo("POSIBLE_INVALIDEZ");
		assertThat(lote.path("resultados").get(1).path("error").path("status").asInt()).isEqualTo(400);
		assertThat(lote.path("resultados").get(1).path("error").path("errores").get(0).path("campo").asString())
			.isEqualTo("diagnosticos[0].cie10");
		assertThat(lote.path("resultados").get(2).path("resultado").asString()).isEqualTo("SIN_ALERTA");
		assertThat(lote.path("resumen").path("total").asInt()).isEqualTo(3);
		assertThat(lote.path("resumen").path("errores").asInt()).isEqualTo(1);
		assertThat(lote.path("resumen").path("porResultado").path("POSIBLE_INVALIDEZ").asInt()).isEqualTo(1);
		assertThat(lote.path("resumen").path("porResultado").path("SIN_ALERTA").asInt()).isEqualTo(1);
	}

	@Test
	void unLoteDeMasDeDiezMilCasosEs413() {
		String casos = String.join(",", Collections.nCopies(10_001, "{}"));

		ClienteHttp.Respuesta respuesta = http.post("/api/v1/invalidez/decide/lote", "{\"casos\": [" + casos + "]}");

		assertThat(respuesta.estado()).isEqualTo(413);
		assertThat(respuesta.tipo()).startsWith("application/problem+json");
		assertThat(respuesta.json().path("detail").asString()).contains("10001");
	}

	@Test
	void unLoteSinCasosEs400QueNombraElCampo() {
		ClienteHttp.Respuesta respuesta = http.post("/api/v1/invalidez/decide/lote", "{\"casas\": []}");

		assertThat(respuesta.estado()).isEqualTo(400);
		assertThat(respuesta.json().path("errores").get(0).path("campo").asString()).isEqualTo("casos");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/invalidez/decide", "/api/v1/invalidez/decide/lote" })
	void unCuerpoQueNoSeDeclaraJsonEs415ConProblemJson(String ruta) {
		ClienteHttp.Respuesta respuesta = http.post(ruta, CASO_UCI, "text/plain");

		assertThat(respuesta.estado()).isEqualTo(415);
		assertThat(respuesta.tipo()).startsWith("application/problem+json");
	}

	@Test
	void unDominioDesconocidoEs404ConProblemJson() {
		ClienteHttp.Respuesta respuesta = http.post("/api/v1/pensiones/decide", CASO_UCI);

		assertThat(respuesta.estado()).isEqualTo(404);
		assertThat(respuesta.tipo()).startsWith("application/problem+json");
		assertThat(respuesta.json().path("detail").asString()).contains("pensiones").contains("invalidez");
	}

	@Test
	void variosCamposInvalidosSeNombranTodos() {
		ClienteHttp.Respuesta respuesta = http.post("/api/v1/invalidez/decide", """
				{"siniestro": {"fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "XYZ"}], "pclCalificada": 120}""");

		assertThat(respuesta.estado()).isEqualTo(400);
		assertThat(respuesta.json().path("errores").findValuesAsString("campo"))
			.containsExactlyInAnyOrder("siniestro.tipo", "diagnosticos[0].cie10", "pclCalificada");
	}

	@Test
	void laOperacionPublicaSaludInfoMetricasYOpenApi() {
		http.post("/api/v1/invalidez/decide", CASO_UCI);

		assertThat(http.get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
		assertThat(http.get("/actuator/info").json().path("versionReglas").asString()).hasSize(12);
		assertThat(http.get("/actuator/prometheus").texto())
			.contains("decisiones_seconds_count{dominio=\"invalidez\",resultado=\"POSIBLE_INVALIDEZ\"");
		JsonNode openApi = http.get("/v3/api-docs").json();
		assertThat(openApi.path("paths").has("/api/v1/invalidez/decide")).isTrue();
		assertThat(http.get("/swagger-ui/index.html").estado()).isEqualTo(200);
	}

}
