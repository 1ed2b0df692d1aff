package co.auditoria.decisiones.simulacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.api.ClienteHttp;
import co.auditoria.decisiones.api.ClienteHttp.Archivo;
import co.auditoria.decisiones.api.ConReglasTemporales;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * La simulación de una candidata contra las reglas activas, por HTTP: un cambio conocido da sus transiciones, sus
 * causales perdidas y sus totales de dinero exactos; las filas de los features son casos con su línea; una candidata
 * que no compila es un 422 con archivo y línea; y una candidata nunca decide {@code decide}.
 */
class SimulacionTest extends ConReglasTemporales {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TARIFA_PACTADA = "Un prestador con convenio que factura por encima de la tarifa pactada se glosa por la diferencia";

	@Test
	void sinLaGlosaPorTarifaPactadaLasFacturasCambianDeResultadoYDeTotales() throws IOException {
		String tarifas = Files.readString(REGLAS.resolve("glosas/glosas-tarifas.drl"));
		// El cambio conocido: la regla de la tarifa pactada deja de disparar.
		String candidata = tarifas.replaceFirst("(rule \"" + TARIFA_PACTADA + "\"\\s*when)", "$1\n    eval(false)");
		assertThat(candidata).isNotEqualTo(tarifas);
		ArrayNode casos = JSON.createArrayNode();
		for (int k = 0; k <= 10; k++) {
			casos.add(factura(k));
		}
		ObjectNode invalida = factura(11);
		invalida.withObject("factura").put("valorTotal", "mucho");
		casos.add(invalida);

		ClienteHttp.Respuesta respuesta = http.multipart("/api/v1/reglas/simular", Map.of("dominio", "glosas"),
				List.of(new Archivo("archivos", "glosas/glosas-tarifas.drl", candidata),
						new Archivo("casos", "casos.json", JSON.createObjectNode().set("casos", casos).toString())));

		assertThat(respuesta.estado()).as(respuesta.texto()).isEqualTo(200);
		JsonNode simulacion = respuesta.json();
		JsonNode resumen = simulacion.path("resumen");
		assertThat(resumen.path("total").asInt()).isEqualTo(12);
		assertThat(resumen.path("invalidos").asInt()).isEqualTo(1);
		assertThat(resumen.path("cambian").asInt()).isEqualTo(10);
		assertThat(resumen.path("sinCambios").asInt()).isEqualTo(1);
		assertThat(resumen.path("transiciones").toString()).isEqualTo("{\"GLOSA_PARCIAL -> SIN_GLOSA\":10}");
		assertThat(resumen.path("causalesPerdidas").toString()).isEqualTo("{\"GL_TARIFA_SUPERA_PACTADA\":10}");
		assertThat(resumen.path("causalesGanadas").isEmpty()).isTrue();
		assertThat(resumen.path("reglasPerdidas").path(TARIFA_PACTADA).asInt()).isEqualTo(10);
		// Glosado antes: 1 000 + 2 000 + ... + 10 000; después, nada. Lo aprobado sube lo mismo.
		assertThat(totales(resumen, "valorGlosado")).containsExactly(55_000L, 0L, -55_000L);
		assertThat(totales(resumen, "valorAprobado")).containsExactly(880_000L, 935_000L, 55_000L);
		assertThat(totales(resumen, "valorFacturado")).containsExactly(935_000L, 935_000L, 0L);
		assertThat(simulacion.path("casos")).hasSize(10);
		JsonNode primero = simulacion.path("casos").get(0);
		assertThat(primero.path("origen").asString()).isEqualTo("casos.json#2");
		assertThat(primero.path("identificador").asString()).isEqualTo("FE-1");
		assertThat(primero.path("antes").path("resultado").asString()).isEqualTo("GLOSA_PARCIAL");
		assertThat(primero.path("despues").path("resultado").asString()).isEqualTo("SIN_GLOSA");
		assertThat(primero.path("antes").path("dinero").path("valorGlosado").decimalValue()).isEqualByComparingTo("1000");
		assertThat(simulacion.path("cambiosDeReglas").get(0).path("reglasCambiadas").toString()).contains(TARIFA_PACTADA);

		// La candidata no sirve decide: las activas siguen glosando.
		JsonNode decision = http.post("/api/v1/glosas/decide", factura(5).toString()).json();
		assertThat(decision.path("resultado").asString()).isEqualTo("GLOSA_PARCIAL");
		assertThat(decision.path("versionReglas").asString()).isEqualTo(simulacion.path("versionActiva").asString())
			.isNotEqualTo(simulacion.path("versionCandidata").asString());
	}

	@Test
	void lasFilasDeLosFeaturesYLosEjemplosSonCasosConSuOrigen() throws IOException {
		Path copia = temporal("candidata");
		FileSystemUtils.copyRecursively(REGLAS.resolve("invalidez"), copia.resolve("invalidez"));
		Path drl = copia.resolve("invalidez/posible-invalidez.drl");
		String original = Files.readString(drl);
		String candidata = original.replace("diasUci != null, diasUci > 0", "diasUci != null, diasUci > 2");
		assertThat(candidata).as("el umbral de la UCI está en la regla").isNotEqualTo(original);
		Files.writeString(drl, candidata);

		ClienteHttp.Respuesta respuesta = http.multipart("/api/v1/reglas/simular",
				Map.of("dominio", "invalidez", "directorio", copia.toString(), "detalle", "todos"), List.of());

		assertThat(respuesta.estado()).as(respuesta.texto()).isEqualTo(200);
		JsonNode simulacion = respuesta.json();
		List<String> origenes = new ArrayList<>();
		simulacion.path("casos").forEach(caso -> origenes.add(caso.path("origen").asString()));
		assertThat(origenes).contains("examples/invalidez/posible-invalidez--uci.json")
			.anyMatch(origen -> origen.startsWith("features/invalidez.feature:"));
		String fila = "features/invalidez.feature:" + linea("features/invalidez.feature", "| un día en UCI ");
		JsonNode unDia = null;
		for (JsonNode caso : simulacion.path("casos")) {
			if (caso.path("origen").asString().equals(fila)) {
				unDia = caso;
			}
		}
		assertThat(unDia).as("la fila %s", fila).isNotNull();
		assertThat(unDia.path("nombre").asString()).contains("un día en UCI");
		assertThat(unDia.path("antes").path("causales").toString()).isEqualTo("[\"UCI\"]");
		assertThat(unDia.path("despues").path("resultado").asString()).isEqualTo("SIN_ALERTA");
		JsonNode resumen = simulacion.path("resumen");
		assertThat(resumen.path("transiciones").path("POSIBLE_INVALIDEZ -> SIN_ALERTA").asInt()).isPositive();
		assertThat(resumen.path("causalesPerdidas").path("UCI").asInt()).isPositive();
		assertThat(resumen.path("sinCambios").asInt()).isPositive();
		assertThat(resumen.path("total").asInt()).isEqualTo(simulacion.path("casos").size());
	}

	@Test
	void unaCandidataQueNoCompilaEsUn422ConArchivoYLinea() throws IOException {
		String drl = Files.readString(REGLAS.resolve("invalidez/posible-invalidez.drl"))
			.replace("new Causal(\"UCI\")", "new Causal(\"UCI_QUE_NO_EXISTE\")");

		List<Archivo> candidata = List.of(new Archivo("archivos", "invalidez/posible-invalidez.drl", drl));
		ClienteHttp.Respuesta simular = http.multipart("/api/v1/reglas/simular", Map.of("dominio", "invalidez"), candidata);
		ClienteHttp.Respuesta validar = http.multipart("/api/v1/reglas/candidata", Map.of(), candidata);

		for (ClienteHttp.Respuesta respuesta : List.of(simular, validar)) {
			assertThat(respuesta.estado()).as(respuesta.texto()).isEqualTo(422);
			JsonNode error = respuesta.json().path("errores").get(0);
			assertThat(error.path("archivo").asString()).isEqualTo("invalidez/posible-invalidez.drl");
			assertThat(error.path("linea").asInt()).isPositive();
			assertThat(error.path("mensaje").asString()).contains("UCI_QUE_NO_EXISTE");
		}
	}

	@Test
	void unaCandidataValidaDiceQueCambiaYUnArchivoMalNombradoEsUn400() throws IOException {
		String drl = Files.readString(REGLAS.resolve("invalidez/posible-invalidez.drl")).replace("diasUci > 0", "diasUci > 2");

		JsonNode valida = http.multipart("/api/v1/reglas/candidata", Map.of("dominio", "invalidez"),
				List.of(new Archivo("archivos", "posible-invalidez.drl", drl))).json();
		ClienteHttp.Respuesta malNombrado = http.multipart("/api/v1/reglas/candidata", Map.of(),
				List.of(new Archivo("archivos", "otro/reglas.drl", drl)));

		assertThat(valida.path("valida").asBoolean()).isTrue();
		assertThat(valida.path("dominiosCambiados").toString()).isEqualTo("[\"invalidez\"]");
		assertThat(valida.path("cambios").get(0).path("archivosCambiados").toString()).isEqualTo("[\"invalidez/posible-invalidez.drl\"]");
		assertThat(malNombrado.estado()).isEqualTo(400);
		assertThat(malNombrado.json().path("errores").get(0).path("campo").asString()).isEqualTo("archivos[otro/reglas.drl]");
	}

	@Test
	void laCoberturaDeLaMesaArmaLosCasosComoLosFeatures() {
		// Si el simulador armara una fila distinto que los pasos, alguna regla quedaría sin caso aquí y no en verify.
		JsonNode dominios = http.get("/api/v1/reglas").json().path("dominios");
		for (String dominio : dominios.propertyNames()) {
			JsonNode cobertura = http.get("/api/v1/reglas/" + dominio + "/cobertura").json();
			List<String> sinCaso = new ArrayList<>();
			cobertura.path("reglas").forEach(regla -> {
				if (regla.path("escenarios").isEmpty()) {
					sinCaso.add(regla.path("nombre").asString());
				}
			});
			assertThat(sinCaso).as("reglas de %s sin caso en la mesa", dominio).isEmpty();
			assertThat(cobertura.path("totalReglas").asInt()).isPositive();
		}
	}

	/** La factura base de {@code features/glosas.feature} con el ítem facturado a 80 000 + k × 1 000 sobre la pactada. */
	private static ObjectNode factura(int k) throws IOException {
		String feature = Files.readString(Path.of("features/glosas.feature"));
		String base = feature.substring(feature.indexOf("\"\"\"") + 3, feature.indexOf("\"\"\"", feature.indexOf("\"\"\"") + 3));
		ObjectNode caso = (ObjectNode) JSON.readTree(base);
		long valor = 80_000 + k * 1_000L;
		caso.withObject("factura").put("numero", "FE-" + k).put("valorTotal", valor);
		ObjectNode item = (ObjectNode) caso.withArray("items").get(0);
		item.put("valorUnitario", valor).put("valorTotal", valor);
		return caso;
	}

	private static List<Long> totales(JsonNode resumen, String campo) {
		JsonNode totales = resumen.path("dinero").path(campo);
		return List.of(totales.path("antes").longValue(), totales.path("despues").longValue(),
				totales.path("diferencia").longValue());
	}

	private static int linea(String archivo, String texto) throws IOException {
		List<String> lineas = Files.readAllLines(Path.of(archivo));
		for (int i = 0; i < lineas.size(); i++) {
			if (lineas.get(i).strip().startsWith(texto.strip())) {
				return i + 1;
			}
		}
		throw new IllegalStateException(texto + " no está en " + archivo);
	}

}
