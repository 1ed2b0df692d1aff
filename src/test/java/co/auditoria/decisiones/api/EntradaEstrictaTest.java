package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * La entrada estricta de {@code spec/api.md}: un error de tipeo nunca se convierte en el resultado favorable. Todos
 * los campos culpables de una solicitud van juntos, a cualquier profundidad, y en un lote el caso inválido lleva su
 * identificador para que quien llama sepa cuál fue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class EntradaEstrictaTest {

	private static final String CASO = """
			{"idCaso": "C-1", "siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"},
			 "diagnosticos": [{"cie10": "J18.9"}], "diasUci": 5, "fechaEvaluacion": "2026-02-20"}""";

	@LocalServerPort
	int puerto;

	@Test
	void unCampoMalEscritoNoDaElResultadoFavorableSinoUn400QueLoNombra() {
		ClienteHttp http = new ClienteHttp(puerto);
		assertThat(http.post("/api/v1/invalidez/decide", CASO).json().path("resultado").asString()).isEqualTo("POSIBLE_INVALIDEZ");

		ClienteHttp.Respuesta mal = http.post("/api/v1/invalidez/decide", CASO.replace("diasUci", "diasUCI"));

		assertThat(mal.estado()).isEqualTo(400);
		assertThat(mal.json().path("errores")).singleElement().satisfies(error -> {
			assertThat(error.path("campo").asString()).isEqualTo("diasUCI");
			assertThat(error.path("mensaje").asString()).isEqualTo("campo desconocido");
		});
	}

	@Test
	void todosLosCamposCulpablesVanJuntosACualquierProfundidad() {
		String roto = """
				{"idCaso": 7, "siniestro": {"tipo": "INCENDIO", "fecha": "2026-02-30", "lugar": "Bogotá"},
				 "diagnosticos": [{"cie10": "J18.9", "gravedad": "alta"}, {"cie10": 18}], "diasUci": "5",
				 "pclProyectada": 120, "pclEnFirme": 1, "fechaEvaluacion": " 2026-02-20"}""";

		ClienteHttp.Respuesta respuesta = new ClienteHttp(puerto).post("/api/v1/invalidez/decide", roto);

		assertThat(respuesta.estado()).isEqualTo(400);
		assertThat(respuesta.tipo()).startsWith("application/problem+json");
		assertThat(respuesta.json().path("errores").findValuesAsString("campo")).containsExactlyInAnyOrder("idCaso",
				"siniestro.tipo", "siniestro.fecha", "siniestro.lugar", "diagnosticos[0].gravedad", "diagnosticos[1].cie10",
				"diasUci", "pclProyectada", "pclEnFirme", "fechaEvaluacion");
		assertThat(mensaje(respuesta, "siniestro.fecha")).isEqualTo("la fecha '2026-02-30' no existe");
		assertThat(mensaje(respuesta, "fechaEvaluacion")).contains("yyyy-MM-dd");
		assertThat(mensaje(respuesta, "diasUci")).isEqualTo("debe ser un número entero");
		assertThat(mensaje(respuesta, "idCaso")).isEqualTo("debe ser un texto");
		assertThat(mensaje(respuesta, "siniestro.tipo")).contains("ACCIDENTE_TRABAJO, ENFERMEDAD_LABORAL");
		assertThat(respuesta.texto()).doesNotContain("java.").doesNotContain("Cannot").doesNotContain("tools.jackson");
	}

	@Test
	void unaClaveRepetidaEsUnCampoCulpableConSuRutaYNoSeQuedaConElUltimoValor() {
		ClienteHttp http = new ClienteHttp(puerto);
		ClienteHttp.Respuesta arriba = http.post("/api/v1/invalidez/decide", CASO.replace("\"diasUci\": 5", "\"diasUci\": 0, \"diasUci\": 5"));
		ClienteHttp.Respuesta adentro = http.post("/api/v1/invalidez/decide",
				CASO.replace("{\"cie10\": \"J18.9\"}", "{\"cie10\": \"J18.9\"}, {\"cie10\": \"S06.5\", \"cie10\": \"J18.9\"}"));
		ClienteHttp.Respuesta rota = http.post("/api/v1/invalidez/decide", CASO.replace("\"diasUci\": 5", "\"diasUci\": 5,,"));

		assertThat(arriba.estado()).isEqualTo(400);
		assertThat(arriba.json().path("errores")).singleElement().satisfies(error -> {
			assertThat(error.path("campo").asString()).isEqualTo("diasUci");
			assertThat(error.path("mensaje").asString()).isEqualTo("campo repetido");
		});
		assertThat(adentro.estado()).isEqualTo(400);
		assertThat(adentro.json().path("errores").findValuesAsString("campo")).containsExactly("diagnosticos[1].cie10");
		assertThat(rota.estado()).isEqualTo(400);
		assertThat(rota.json().path("detail").asString()).startsWith("El cuerpo no es JSON válido");
		assertThat(rota.json().path("errores").isEmpty()).isTrue();
	}

	@Test
	void unaClaveRepetidaEnUnCasoDeUnLoteSeNombraConSuPosicion() {
		String lote = "{\"casos\": [" + CASO + ", " + CASO.replace("\"diasUci\": 5", "\"diasUci\": 0, \"diasUci\": 5") + "]}";

		ClienteHttp.Respuesta respuesta = new ClienteHttp(puerto).post("/api/v1/invalidez/decide/lote", lote);

		assertThat(respuesta.estado()).isEqualTo(400);
		assertThat(respuesta.json().path("errores")).singleElement().satisfies(error -> {
			assertThat(error.path("campo").asString()).isEqualTo("casos[1].diasUci");
			assertThat(error.path("mensaje").asString()).isEqualTo("campo repetido");
		});
	}

	@Test
	void unNumeroQueNoCabeDiceElCampoYElRango() {
		ClienteHttp.Respuesta respuesta = new ClienteHttp(puerto).post("/api/v1/invalidez/decide",
				CASO.replace("\"diasUci\": 5", "\"diasUci\": 99999999999"));

		assertThat(respuesta.estado()).isEqualTo(400);
		assertThat(mensaje(respuesta, "diasUci")).isEqualTo("debe ser un número entero entre -2147483648 y 2147483647");
	}

	@Test
	void unLoteDevuelveElIdentificadorDeCadaCasoTambienDelInvalido() {
		String lote = "{\"casos\": [" + CASO + ", " + CASO.replace("\"C-1\"", "\"C-2\"").replace("diasUci", "diasUCI") + "]}";

		JsonNode respuesta = new ClienteHttp(puerto).post("/api/v1/invalidez/decide/lote", lote).json();

		assertThat(respuesta.path("resultados").get(0).path("idCaso").asString()).isEqualTo("C-1");
		assertThat(respuesta.path("resultados").get(1).path("idCaso").asString()).isEqualTo("C-2");
		assertThat(respuesta.path("resultados").get(1).path("error").path("errores").findValuesAsString("campo"))
			.isEqualTo(List.of("diasUCI"));
		assertThat(respuesta.path("resumen").path("errores").asInt()).isEqualTo(1);
	}

	@Test
	void elIdentificadorAnidadoVuelveConSuRuta() {
		String factura = "{\"casos\": [{\"factura\": {\"numero\": \"FE-9\", \"fechaRadicacion\": \"2026-13-01\"}}]}";

		JsonNode error = new ClienteHttp(puerto).post("/api/v1/glosas/decide/lote", factura).json().path("resultados").get(0);

		assertThat(error.path("factura").path("numero").asString()).isEqualTo("FE-9");
		assertThat(error.path("error").path("status").asInt()).isEqualTo(400);
	}

	@Test
	void unaListaDeMasElementosDeLosQueAdmiteEsSuErrorSinRevisarCadaElemento() throws java.io.IOException {
		String nulos = String.join(",", java.util.Collections.nCopies(20_000, "null"));
		ClienteHttp http = new ClienteHttp(puerto);

		ClienteHttp.Respuesta sinSize = http.post("/api/v1/invalidez/decide",
				CASO.replace("[{\"cie10\": \"J18.9\"}]", "[" + nulos + "]"));
		String concurrencia = java.nio.file.Files.readString(java.nio.file.Path.of("examples/concurrencia/al-dia.json"));
		ClienteHttp.Respuesta conSize = http.post("/api/v1/concurrencia/decide",
				concurrencia.replace("\"fallasServicio\": []", "\"fallasServicio\": [" + nulos + "]"));

		assertThat(sinSize.estado()).isEqualTo(400);
		assertThat(mensaje(sinSize, "diagnosticos")).isEqualTo("admite hasta 1000 elementos (trae 20000)");
		assertThat(sinSize.json().path("errores")).as("los elementos no se revisan uno a uno").hasSize(1);
		assertThat(conSize.estado()).isEqualTo(400);
		assertThat(mensaje(conSize, "hallazgos.fallasServicio")).isEqualTo("admite hasta 20 fallas (trae 20000)");
	}

	@Test
	void dentroDelMaximoCadaElementoInvalidoSeNombra() {
		ClienteHttp.Respuesta respuesta = new ClienteHttp(puerto).post("/api/v1/invalidez/decide",
				CASO.replace("[{\"cie10\": \"J18.9\"}]", "[{\"cie10\": \"J18.9\"}, null, null]"));

		assertThat(respuesta.estado()).isEqualTo(400);
		assertThat(respuesta.json().path("errores").findValuesAsString("campo")).containsExactly("diagnosticos[1]", "diagnosticos[2]");
	}

	private static String mensaje(ClienteHttp.Respuesta respuesta, String campo) {
		for (JsonNode error : respuesta.json().path("errores")) {
			if (error.path("campo").asString().equals(campo)) {
				return error.path("mensaje").asString();
			}
		}
		return null;
	}

}
