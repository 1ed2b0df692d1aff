package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

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
 * VI.3 y el Anexo 3 con los porcentajes impresos en el informe ({@code ges/tablas-informe.txt}) y las columnas
 * de exceptuadas del Anexo 6.
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
	void decidirElLote() throws IOException {
		anexo = Anexo4.leer();
		respuesta = TablasDelInforme.decidirLote(puerto, anexo.lote(JSON));
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
	void elResumenReproduceLaTablaVI3() {
		TablasDelInforme.comprobarVI3(resumen);
	}

	@Test
	void elResumenReproduceElAnexo3() {
		TablasDelInforme.comprobarAnexo3(resumen);
	}

	/** Las exceptuadas del Anexo 4 por problema de salud son las columnas de exceptuadas del Anexo 6. */
	@Test
	void porProblemaDeSaludCuadraConLasColumnasDeExceptuadasDelAnexo6() {
		for (MuestraInforme.Fila tabla : TablasDelInforme.tabla("ANEXO6")) {
			if (tabla.esTotal() || tabla.clave().equals(MuestraInforme.SIN_PROBLEMA_SALUD)) {
				continue;
			}
			Map<String, Long> esperado = new TreeMap<>();
			tabla.celdas().forEach((resultado, celda) -> {
				if (resultado.startsWith("EXCEPTUADA_")) {
					esperado.put(resultado, celda.cuenta());
				}
			});
			Map<String, Long> obtenido = new TreeMap<>();
			resumen.path("porProblemaSalud").path(tabla.clave()).path("porResultado").properties()
				.forEach(celda -> obtenido.put(celda.getKey(), celda.getValue().path("cuenta").asLong()));
			assertThat(obtenido).as("problema de salud %s", tabla.clave()).isEqualTo(esperado);
		}
		assertThat(TablasDelInforme.nombres(resumen.path("porProblemaSalud"))).hasSize(21);
	}

	@Test
	void elEjemploDelRepositorioEsElMismoLoteQueLaTranscripcion() throws IOException {
		JsonNode ejemplo = JSON.readTree(Files.readString(Path.of("examples/ges-anexo4.json")));
		assertThat(ejemplo).isEqualTo(anexo.lote(JSON));
	}

}
