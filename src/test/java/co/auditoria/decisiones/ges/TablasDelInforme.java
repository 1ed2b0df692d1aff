package co.auditoria.decisiones.ges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import co.auditoria.decisiones.api.ClienteHttp;
import co.auditoria.decisiones.ges.MuestraInforme.Fila;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Las tablas impresas del informe N°33/2013 ({@code ges/tablas-informe.txt}) y las comprobaciones, celda por celda,
 * de un {@code resumen} de lote contra ellas; las comparten las pruebas del lote del Anexo 4 y de la muestra entera.
 */
final class TablasDelInforme {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> RESULTADOS = Arrays.stream(ResultadoGes.values()).map(Enum::name).collect(Collectors.toSet());

	private static final Set<String> GRUPOS = Arrays.stream(GrupoResultado.values()).map(Enum::name).collect(Collectors.toSet());

	private static final Map<String, List<Fila>> TABLAS = leer();

	private TablasDelInforme() {
	}

	static List<Fila> tabla(String nombre) {
		assertThat(TABLAS).as("tablas-informe.txt").containsKey(nombre);
		return TABLAS.get(nombre);
	}

	static String texto() {
		try (InputStream entrada = TablasDelInforme.class.getResourceAsStream("/ges/tablas-informe.txt")) {
			return new String(entrada.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Decide un lote por HTTP, como lo haría quien envía su muestra, y devuelve la respuesta entera. */
	static JsonNode decidirLote(int puerto, JsonNode lote) {
		HttpResponse<String> http = ClienteHttp.texto(HttpRequest
			.newBuilder(URI.create("http://localhost:" + puerto + "/api/v1/ges/decide/lote"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(lote))));
		assertThat(http.statusCode()).as(http.body()).isEqualTo(200);
		return JSON.readTree(http.body());
	}

	/**
	 * Una fila de VI.1, del Anexo 2 o del Anexo 6 contra un "estado" del resumen: el total, y cada columna de
	 * resultado en {@code porResultado} y de grupo en {@code porGrupo} ("Caso cerrado" en los dos), sin otras claves.
	 */
	static void comprobarEstado(JsonNode estado, Fila fila) {
		String donde = fila.tabla() + " " + fila.clave();
		assertThat(estado.isObject()).as("%s: falta la fila en el resumen", donde).isTrue();
		assertThat(estado.path("total").asLong()).as("%s total", donde).isEqualTo(fila.total());
		comprobarCeldas(estado.path("porResultado"), fila, RESULTADOS, donde + " porResultado");
		comprobarCeldas(estado.path("porGrupo"), fila, GRUPOS, donde + " porGrupo");
	}

	/** Una fila del Anexo 1 contra {@code noEvaluadas}: una fila vacía es la clave ausente. */
	static void comprobarNoEvaluadas(JsonNode estado, Fila fila) {
		String donde = fila.tabla() + " " + fila.clave();
		if (fila.total() == null) {
			assertThat(estado.has("noEvaluadas")).as("%s sin no evaluadas", donde).isFalse();
			return;
		}
		JsonNode noEvaluadas = estado.path("noEvaluadas");
		assertThat(noEvaluadas.path("total").asLong()).as("%s total", donde).isEqualTo(fila.total());
		comprobarCeldas(noEvaluadas.path("porResultado"), fila, RESULTADOS, donde);
	}

	/** VI.3: cuentas por ISAPRE y causa ({@code porAseguradorYCausa}) y la fila Total con % ({@code causasExcepcion}). */
	static void comprobarVI3(JsonNode resumen) {
		for (Fila tabla : tabla("VI.3")) {
			if (tabla.esTotal()) {
				assertThat(nombres(resumen.path("causasExcepcion"))).isEqualTo(new TreeSet<>(tabla.celdas().keySet()));
				tabla.celdas().forEach((causa, celda) -> {
					JsonNode fila = resumen.path("causasExcepcion").path(causa);
					assertThat(fila.path("cuenta").asLong()).as(causa).isEqualTo(celda.cuenta());
					assertThat(fila.path("porcentaje").decimalValue()).as(causa).isEqualByComparingTo(celda.porcentaje());
				});
				continue;
			}
			JsonNode porCausa = resumen.path("porAseguradorYCausa").path(tabla.clave());
			assertThat(nombres(porCausa)).as(tabla.clave()).isEqualTo(new TreeSet<>(tabla.celdas().keySet()));
			assertThat(resumen.path("porAsegurador").path(tabla.clave()).path("porGrupo").path("EXCEPTUADA").path("cuenta")
				.asLong()).as(tabla.clave()).isEqualTo(tabla.total());
			tabla.celdas().forEach((causa, celda) -> {
				assertThat(porCausa.path(causa).asLong()).as("%s %s", tabla.clave(), causa).isEqualTo(celda.cuenta());
				// El porcentaje de la fila no está en porAseguradorYCausa (solo cuentas, spec/ges.md): se comprueba
				// que la convención del servicio da el impreso en el informe.
				assertThat(Conteo.porcentaje(celda.cuenta(), tabla.total())).as("%s %s", tabla.clave(), causa)
					.isEqualByComparingTo(celda.porcentaje());
			});
		}
		assertThat(nombres(resumen.path("porAseguradorYCausa"))).hasSize(tabla("VI.3").size() - 1);
	}

	/** Anexo 3: las causas de cada resultado exceptuado, en total y por ISAPRE, con sus porcentajes. */
	static void comprobarAnexo3(JsonNode resumen) {
		for (String resultado : List.of("EXCEPTUADA_DENTRO_PLAZO", "EXCEPTUADA_FUERA_PLAZO", "EXCEPTUADA_SIN_PLAZO")) {
			JsonNode bloque = resumen.path("causasPorResultado").path(resultado);
			List<Fila> filas = tabla(resultado);
			assertThat(nombres(bloque.path("porAsegurador"))).as(resultado).hasSize(filas.size() - 1);
			for (Fila tabla : filas) {
				String donde = resultado + " " + tabla.clave();
				JsonNode fila = tabla.esTotal() ? bloque : bloque.path("porAsegurador").path(tabla.clave());
				assertThat(fila.path("total").asLong()).as(donde).isEqualTo(tabla.total());
				comprobarCeldas(fila.path("porCausa"), tabla, tabla.celdas().keySet(), donde);
				if (tabla.esTotal()) {
					tabla.celdas().forEach((causa, celda) -> assertThat(resumen.path("causasExcepcion").path(causa)
						.path(resultado).asLong()).as("%s %s", donde, causa).isEqualTo(celda.cuenta()));
				}
			}
		}
	}

	/** Las celdas de la fila cuyas claves son de {@code claves}, y solo ellas, con su cuenta y su porcentaje. */
	private static void comprobarCeldas(JsonNode celdas, Fila fila, Set<String> claves, String donde) {
		Set<String> esperadas = new TreeSet<>(fila.celdas().keySet());
		esperadas.retainAll(claves);
		assertThat(nombres(celdas)).as("%s: claves", donde).isEqualTo(esperadas);
		esperadas.forEach(clave -> {
			MuestraInforme.Celda celda = fila.celdas().get(clave);
			assertThat(celdas.path(clave).path("cuenta").asLong()).as("%s %s cuenta", donde, clave).isEqualTo(celda.cuenta());
			assertThat(celdas.path(clave).path("porcentaje").decimalValue()).as("%s %s %%", donde, clave)
				.isEqualByComparingTo(celda.porcentaje());
		});
	}

	static TreeSet<String> nombres(JsonNode objeto) {
		return new TreeSet<>(objeto.propertyNames());
	}

	private static Map<String, List<Fila>> leer() {
		return MuestraInforme.leer(texto());
	}

}
