package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Datos reales: el lote de las 118 garantías exceptuadas del Anexo 4 del informe N°33/2013, decidido por
 * la API con las reglas de {@code rules/ges/}, reproduce fila a fila el Anexo 4, y en el resumen la tabla
 * VI.3 y el Anexo 3 con los porcentajes impresos en el informe ({@code ges/tablas-informe.txt}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Anexo4Test {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int puerto;

	private Anexo4 anexo;

	private JsonNode respuesta;

	private JsonNode resumen;

	@BeforeAll
	void decidirElLote() throws IOException, InterruptedException {
		anexo = Anexo4.leer();
		HttpResponse<String> http = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + puerto + "/api/v1/ges/decide/lote"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(anexo.lote(JSON))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(http.statusCode()).as(http.body()).isEqualTo(200);
		respuesta = JSON.readTree(http.body());
		resumen = respuesta.path("resumen");
	}

	@Test
	void laTranscripcionTiene54DentroDePlazo40FueraY24SinPlazo() {
		assertThat(anexo.filas()).hasSize(118);
		assertThat(resumen.path("total").asInt()).isEqualTo(118);
		assertThat(resumen.path("errores").asInt()).isZero();
		assertThat(resumen.path("porResultado")).isEqualTo(JSON.readTree(
				"{\"EXCEPTUADA_DENTRO_PLAZO\": 54, \"EXCEPTUADA_FUERA_PLAZO\": 40, \"EXCEPTUADA_SIN_PLAZO\": 24}"));
	}

	@Test
	void cadaGarantiaQuedaEnLaTablaDelAnexoEnLaQueLaPublicaElInforme() {
		for (int i = 0; i < anexo.filas().size(); i++) {
			Anexo4.Fila fila = anexo.filas().get(i);
			JsonNode decision = respuesta.path("resultados").get(i);
			assertThat(decision.path("resultado").asString()).as("%s", fila).isEqualTo(fila.seccion().name());
			assertThat(decision.path("grupo").asString()).as("%s", fila).isEqualTo("EXCEPTUADA");
			assertThat(decision.path("causales").size()).as("%s", fila).isEqualTo(1);
			assertThat(decision.path("causales").get(0).path("codigo").asString()).as("%s", fila).isEqualTo(fila.causa().name());
		}
	}

	@Test
	void elResumenReproduceLaTablaVI3() throws IOException {
		for (Fila tabla : tablas("VI.3")) {
			if (tabla.asegurador().equals("TOTAL")) {
				assertThat(nombres(resumen.path("causasExcepcion"))).isEqualTo(tabla.celdas().keySet());
				tabla.celdas().forEach((causa, celda) -> {
					JsonNode fila = resumen.path("causasExcepcion").path(causa);
					assertThat(fila.path("cuenta").asLong()).as(causa).isEqualTo(celda.cuenta());
					assertThat(fila.path("porcentaje").decimalValue()).as(causa).isEqualByComparingTo(celda.porcentaje());
				});
				continue;
			}
			JsonNode porCausa = resumen.path("porAseguradorYCausa").path(tabla.asegurador());
			assertThat(nombres(porCausa)).as(tabla.asegurador()).isEqualTo(tabla.celdas().keySet());
			assertThat(resumen.path("porAsegurador").path(tabla.asegurador()).path("porGrupo").path("EXCEPTUADA")
				.path("cuenta").asLong()).as(tabla.asegurador()).isEqualTo(tabla.total());
			tabla.celdas().forEach((causa, celda) -> {
				assertThat(porCausa.path(causa).asLong()).as("%s %s", tabla.asegurador(), causa).isEqualTo(celda.cuenta());
				// El porcentaje de la fila no está en porAseguradorYCausa (solo cuentas, spec/ges.md): se comprueba
				// que la convención del servicio da el impreso en el informe.
				assertThat(Conteo.porcentaje(celda.cuenta(), tabla.total())).as("%s %s", tabla.asegurador(), causa)
					.isEqualByComparingTo(celda.porcentaje());
			});
		}
		assertThat(nombres(resumen.path("porAseguradorYCausa"))).hasSize(9);
	}

	@Test
	void elResumenReproduceElAnexo3() throws IOException {
		for (String resultado : List.of("EXCEPTUADA_DENTRO_PLAZO", "EXCEPTUADA_FUERA_PLAZO", "EXCEPTUADA_SIN_PLAZO")) {
			JsonNode bloque = resumen.path("causasPorResultado").path(resultado);
			List<Fila> filas = tablas(resultado);
			assertThat(nombres(bloque.path("porAsegurador"))).as(resultado).hasSize(filas.size() - 1);
			for (Fila tabla : filas) {
				JsonNode fila = tabla.asegurador().equals("TOTAL") ? bloque : bloque.path("porAsegurador").path(tabla.asegurador());
				assertThat(fila.path("total").asLong()).as("%s %s", resultado, tabla.asegurador()).isEqualTo(tabla.total());
				assertThat(nombres(fila.path("porCausa"))).as("%s %s", resultado, tabla.asegurador()).isEqualTo(tabla.celdas().keySet());
				tabla.celdas().forEach((causa, celda) -> {
					JsonNode cuenta = fila.path("porCausa").path(causa);
					assertThat(cuenta.path("cuenta").asLong()).as("%s %s %s", resultado, tabla.asegurador(), causa).isEqualTo(celda.cuenta());
					assertThat(cuenta.path("porcentaje").decimalValue()).as("%s %s %s", resultado, tabla.asegurador(), causa)
						.isEqualByComparingTo(celda.porcentaje());
					if (tabla.asegurador().equals("TOTAL")) {
						assertThat(resumen.path("causasExcepcion").path(causa).path(resultado).asLong()).isEqualTo(celda.cuenta());
					}
				});
			}
		}
	}

	@Test
	void porProblemaDeSaludCuadraConLasColumnasDeExceptuadasDelAnexo6() throws IOException {
		Map<String, Map<String, Long>> porProblema = new HashMap<>();
		for (int i = 0; i < anexo.filas().size(); i++) {
			porProblema.computeIfAbsent(anexo.filas().get(i).problemaSalud(), ps -> new HashMap<>())
				.merge(respuesta.path("resultados").get(i).path("resultado").asString(), 1L, Long::sum);
		}
		for (Fila tabla : tablas("ANEXO6")) {
			Map<String, Long> esperado = new HashMap<>();
			tabla.celdas().forEach((resultado, celda) -> esperado.put(resultado, celda.cuenta()));
			assertThat(porProblema.get(tabla.asegurador())).as("problema de salud %s", tabla.asegurador()).isEqualTo(esperado);
		}
	}

	@Test
	void elEjemploDelRepositorioEsElMismoLoteQueLaTranscripcion() throws IOException {
		JsonNode ejemplo = JSON.readTree(Files.readString(Path.of("examples/ges-anexo4.json")));
		assertThat(ejemplo).isEqualTo(anexo.lote(JSON));
	}

	private static TreeSet<String> nombres(JsonNode objeto) {
		return new TreeSet<>(objeto.propertyNames());
	}

	/** Una fila de {@code tablas-informe.txt}: tabla, asegurador (o problema de salud), total y celdas. */
	record Fila(String tabla, String asegurador, long total, Map<String, Celda> celdas) {
	}

	record Celda(long cuenta, BigDecimal porcentaje) {
	}

	private static List<Fila> tablas(String tabla) throws IOException {
		try (InputStream entrada = Anexo4Test.class.getResourceAsStream("/ges/tablas-informe.txt")) {
			return new String(entrada.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(linea -> !linea.isBlank() && !linea.startsWith("#"))
				.map(linea -> linea.split("\\|"))
				.filter(partes -> partes[0].strip().equals(tabla))
				.map(partes -> {
					Map<String, Celda> celdas = new LinkedHashMap<>();
					for (String celda : partes[3].split(";")) {
						String[] valores = celda.strip().split(" ");
						celdas.put(valores[0], new Celda(Long.parseLong(valores[1]),
								valores.length > 2 ? new BigDecimal(valores[2]) : null));
					}
					return new Fila(tabla, partes[1].strip(), Long.parseLong(partes[2].strip()), celdas);
				})
				.toList();
		}
	}

}
