package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import co.auditoria.decisiones.ges.MuestraInforme.Fila;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * El informe N°33/2013 entero desde un lote: las 1 479 garantías de su muestra (las 118 exceptuadas del Anexo 4
 * y las 1 361 de {@code ges/muestra-informe.csv}), decididas en una sola llamada a {@code POST
 * /api/v1/ges/decide/lote}, devuelven en {@code resumen}, celda por celda, VI.1, VI.2, VI.3 y los Anexos 1, 2, 3,
 * 5 y 6 tal como están impresos ({@code ges/tablas-informe.txt}), según el mapa de tablas de {@code spec/ges.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InformeFiscalizacionTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int puerto;

	private List<CSVRecord> muestra;

	private JsonNode respuesta;

	private JsonNode resumen;

	@BeforeAll
	void decidirLaMuestraDelInforme() throws IOException {
		muestra = leerMuestra();
		ObjectNode lote = JSON.createObjectNode();
		ArrayNode casos = lote.putArray("casos");
		muestra.forEach(fila -> casos.add(caso(fila)));
		casos.addAll((ArrayNode) Anexo4.leer().lote(JSON).path("casos"));
		respuesta = TablasDelInforme.decidirLote(puerto, lote);
		resumen = respuesta.path("resumen");
	}

	@Test
	void elLoteEsLaMuestraEnteraYCadaGarantiaDaElResultadoConElQueSeArmo() {
		Fila tamano = total(TablasDelInforme.tabla("MUESTRA"));
		assertThat(resumen.path("total").asLong()).isEqualTo(tamano.total());
		assertThat(resumen.path("errores").asInt()).isZero();
		for (int i = 0; i < muestra.size(); i++) {
			assertThat(respuesta.path("resultados").get(i).path("resultado").asString()).as("%s", muestra.get(i))
				.isEqualTo(muestra.get(i).get("resultado"));
		}
		for (Fila isapre : TablasDelInforme.tabla("MUESTRA")) {
			JsonNode fila = isapre.esTotal() ? resumen.path("global") : resumen.path("porAsegurador").path(isapre.clave());
			assertThat(fila.path("total").asLong() + fila.path("noEvaluadas").path("total").asLong()).as("III.C %s", isapre.clave())
				.isEqualTo(isapre.total());
		}
	}

	@Test
	void reproduceLaTablaVI1() {
		List<Fila> filas = TablasDelInforme.tabla("VI.1");
		for (Fila fila : filas) {
			TablasDelInforme.comprobarEstado(fila.esTotal() ? resumen.path("global") : resumen.path("porAsegurador").path(fila.clave()), fila);
		}
		assertThat(TablasDelInforme.nombres(resumen.path("porAsegurador"))).isEqualTo(claves(filas));
	}

	@Test
	void reproduceElAnexo1() {
		for (Fila fila : TablasDelInforme.tabla("ANEXO1")) {
			TablasDelInforme.comprobarNoEvaluadas(fila.esTotal() ? resumen.path("global") : resumen.path("porAsegurador").path(fila.clave()), fila);
		}
	}

	@Test
	void reproduceElAnexo2ConLasIsapresAgrupadasPorSuTipo() {
		for (String tipo : List.of("ABIERTA", "CERRADA")) {
			List<Fila> filas = TablasDelInforme.tabla(tipo.equals("ABIERTA") ? "ANEXO2-ABIERTAS" : "ANEXO2-CERRADAS");
			TreeSet<String> delTipo = new TreeSet<>();
			resumen.path("porAsegurador").properties().forEach(fila -> {
				if (fila.getValue().path("tipoAsegurador").asString().equals(tipo)) {
					delTipo.add(fila.getKey());
				}
			});
			assertThat(delTipo).as(tipo).isEqualTo(claves(filas));
			for (Fila fila : filas) {
				TablasDelInforme.comprobarEstado(fila.esTotal() ? resumen.path("porTipoAsegurador").path(tipo)
						: resumen.path("porAsegurador").path(fila.clave()), fila);
			}
		}
		assertThat(TablasDelInforme.nombres(resumen.path("porTipoAsegurador"))).containsExactly("ABIERTA", "CERRADA");
	}

	@Test
	void reproduceLaComparacionVI2EntreAbiertasYCerradas() {
		List<Fila> vi2 = TablasDelInforme.tabla("VI.2");
		for (Fila tipo : vi2.subList(0, 2)) {
			JsonNode fila = resumen.path("porTipoAsegurador").path(tipo.clave());
			assertThat(fila.path("total").asLong()).as(tipo.clave()).isEqualTo(tipo.total());
			assertThat(fila.path("porcentaje").decimalValue()).as(tipo.clave())
				.isEqualByComparingTo(tipo.celdas().get("porcentaje").valor());
		}
		JsonNode diferencia = resumen.path("diferenciaAbiertasCerradas");
		vi2.get(2).celdas().forEach((clave, celda) -> assertThat(puntos(diferencia, clave)).as(clave)
			.isEqualByComparingTo(celda.valor()));
		// Las demás diferencias, que el texto no dice, son las de los porcentajes impresos en los totales del Anexo 2.
		Fila abiertas = total(TablasDelInforme.tabla("ANEXO2-ABIERTAS"));
		Fila cerradas = total(TablasDelInforme.tabla("ANEXO2-CERRADAS"));
		TreeSet<String> columnas = new TreeSet<>(abiertas.celdas().keySet());
		columnas.addAll(cerradas.celdas().keySet());
		columnas.forEach(columna -> assertThat(puntos(diferencia, columna)).as(columna)
			.isEqualByComparingTo(porcentaje(abiertas, columna).subtract(porcentaje(cerradas, columna))));
		// "Caso cerrado" es resultado y grupo: va en los dos bloques, con los mismos puntos.
		assertThat(diferencia.path("porGrupo").path("CASO_CERRADO")).isEqualTo(diferencia.path("porResultado").path("CASO_CERRADO"));
		assertThat(diferencia.path("porResultado").size() + diferencia.path("porGrupo").size()).isEqualTo(columnas.size() + 1);
	}

	@Test
	void reproduceLaTablaVI3() {
		TablasDelInforme.comprobarVI3(resumen);
	}

	@Test
	void reproduceElAnexo3() {
		TablasDelInforme.comprobarAnexo3(resumen);
	}

	@Test
	void reproduceElAnexo5EnVecesElPlazoYElRangoDeDiasDeVI1() {
		for (Fila fila : TablasDelInforme.tabla("ANEXO5")) {
			JsonNode retraso = resumen.path("retraso").path(fila.clave());
			if (fila.celdas().isEmpty()) {
				assertThat(resumen.path("retraso").has(fila.clave())).as(fila.clave()).isFalse();
				continue;
			}
			BigDecimal mayor = fila.celdas().get("vecesPlazoMax").valor();
			// Con una sola cumplida fuera de plazo el informe imprime solo el mayor: el menor es el mismo.
			BigDecimal menor = fila.celdas().containsKey("vecesPlazoMin") ? fila.celdas().get("vecesPlazoMin").valor() : mayor;
			assertThat(retraso.path("vecesPlazoMax").decimalValue()).as(fila.clave()).isEqualByComparingTo(mayor);
			assertThat(retraso.path("vecesPlazoMin").decimalValue()).as(fila.clave()).isEqualByComparingTo(menor);
		}
		assertThat(TablasDelInforme.nombres(resumen.path("retraso"))).hasSize(11);
		List<Long> dias = new ArrayList<>();
		resumen.path("retraso").forEach(fila -> {
			dias.add(fila.path("diasRetrasoMin").asLong());
			dias.add(fila.path("diasRetrasoMax").asLong());
		});
		Map<String, MuestraInforme.Celda> rango = TablasDelInforme.tabla("VI.1-DIAS").get(0).celdas();
		assertThat(dias.stream().mapToLong(Long::longValue).min().orElseThrow()).isEqualTo(rango.get("diasRetrasoMin").cuenta());
		assertThat(dias.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(rango.get("diasRetrasoMax").cuenta());
	}

	@Test
	void reproduceElAnexo6PorProblemaDeSalud() {
		List<Fila> filas = TablasDelInforme.tabla("ANEXO6");
		for (Fila fila : filas) {
			TablasDelInforme.comprobarEstado(fila.esTotal() ? resumen.path("global") : resumen.path("porProblemaSalud").path(fila.clave()), fila);
		}
		assertThat(TablasDelInforme.nombres(resumen.path("porProblemaSalud"))).isEqualTo(claves(filas));
		// La fila sin número del Anexo 6 va sin problema de salud, como las no evaluadas (el informe no da el suyo).
		Fila noEvaluadas = total(TablasDelInforme.tabla("ANEXO1"));
		TablasDelInforme.comprobarNoEvaluadas(resumen.path("porProblemaSalud").path(MuestraInforme.SIN_PROBLEMA_SALUD),
				new Fila("ANEXO1", MuestraInforme.SIN_PROBLEMA_SALUD, noEvaluadas.total(), noEvaluadas.celdas()));
	}

	/** Los puntos de diferencia de una columna: de resultado en {@code porResultado}; de grupo, en {@code porGrupo}. */
	private static BigDecimal puntos(JsonNode diferencia, String columna) {
		boolean esResultado = Arrays.stream(ResultadoGes.values()).anyMatch(resultado -> resultado.name().equals(columna));
		JsonNode valor = diferencia.path(esResultado ? "porResultado" : "porGrupo").path(columna);
		assertThat(valor.isNumber()).as("diferencia de %s en %s", columna, diferencia).isTrue();
		return valor.decimalValue();
	}

	private static BigDecimal porcentaje(Fila fila, String columna) {
		return fila.celdas().containsKey(columna) ? fila.celdas().get(columna).porcentaje() : BigDecimal.ZERO;
	}

	private static Fila total(List<Fila> filas) {
		return filas.stream().filter(Fila::esTotal).findFirst().orElseThrow();
	}

	private static TreeSet<String> claves(List<Fila> filas) {
		TreeSet<String> claves = new TreeSet<>();
		filas.stream().filter(fila -> !fila.esTotal()).forEach(fila -> claves.add(fila.clave()));
		return claves;
	}

	private static List<CSVRecord> leerMuestra() throws IOException {
		CSVFormat formato = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
		try (Reader lector = new InputStreamReader(InformeFiscalizacionTest.class.getResourceAsStream("/ges/muestra-informe.csv"),
				StandardCharsets.UTF_8); CSVParser csv = CSVParser.builder().setReader(lector).setFormat(formato).get()) {
			return csv.getRecords();
		}
	}

	/** Una fila de la muestra como caso del lote; una celda vacía es un campo ausente. */
	private static ObjectNode caso(CSVRecord fila) {
		ObjectNode caso = JSON.createObjectNode();
		for (String campo : List.of("idGarantia", "asegurador", "problemaSalud", "fechaInicio", "fechaLimite", "fechaCumplimiento",
				"evaluabilidad")) {
			if (!fila.get(campo).isEmpty()) {
				caso.put(campo, fila.get(campo));
			}
		}
		if (!fila.get("motivoCierre").isEmpty()) {
			caso.putObject("casoCerrado").put("motivo", fila.get("motivoCierre")).putNull("fecha");
		}
		caso.put("fechaEvaluacion", Anexo4.FECHA_EVALUACION);
		return caso;
	}

}
