package co.auditoria.decisiones.simulacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import co.auditoria.decisiones.api.SolicitudInvalidaException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cada fila de {@code Ejemplos} es un caso armado como lo arman los pasos (la base de {@code Antecedentes} más los
 * cambios de sus celdas), con el origen {@code feature:línea} de su fila; los lotes se leen caso a caso.
 */
class CasosDeFeaturesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FEATURE = """
			# language: es
			Característica: prueba
			  Antecedentes:
			    Dado una solicitud de "invalidez" como esta:
			      \"""
			      {"idCaso": "C-1", "diasUci": 0, "diagnosticos": [{"cie10": "J18.9"}], "pclEnFirme": false}
			      \"""

			  Esquema del escenario: <caso>
			    Dado que el campo "diasUci" vale "<dias>"
			    Y que el campo "diagnosticos[0].cie10" vale "<cie10>"
			    Y que el campo 'pclEnFirme' vale '<firme>'
			    Y que el campo "idCaso" vale '<id>'
			    Cuando pido la decisión
			    Entonces el resultado es "<resultado>"

			    Ejemplos:
			      | caso       | dias | cie10     | firme     | id      | resultado |
			      | con UCI    | 2    |           |           | "C-2"   | X         |
			      | texto      |      | '890701'  | (ausente) |         | X         |

			  Escenario: un lote
			    Dado un lote de "invalidez" con los casos de "examples/lote.json"
			    Cuando pido la decisión del lote
			    Entonces el resultado es ""

			  Escenario: otro dominio no cuenta
			    Dado una solicitud de "glosas" como esta:
			      \"""
			      {"factura": {}}
			      \"""
			    Cuando pido la decisión
			""";

	private final CasosDeFeatures features = new CasosDeFeatures(JSON,
			archivo -> archivo.equals("examples/lote.json")
					? Optional.of(JSON.readTree("{\"casos\": [{\"idCaso\": \"L-1\"}, {\"idCaso\": \"L-2\"}]}"))
					: Optional.empty());

	@Test
	void cadaFilaEsLaBaseConLosCambiosDeSusCeldas() {
		List<CasoSimulado> casos = features.casos("features/prueba.feature", FEATURE.getBytes(StandardCharsets.UTF_8), "invalidez");

		assertThat(casos).extracting(CasoSimulado::origen)
			.containsExactly("features/prueba.feature:19", "features/prueba.feature:20", "features/prueba.feature:22 #1",
					"features/prueba.feature:22 #2");
		assertThat(casos.get(0).nombre()).isEqualTo("con UCI");
		assertThat(casos.get(0).json().path("diasUci").asInt()).isEqualTo(2);
		assertThat(casos.get(0).json().path("diagnosticos").get(0).path("cie10").asString()).isEqualTo("J18.9");
		assertThat(casos.get(0).json().path("idCaso").asString()).as("entre comillas simples, como {string}").isEqualTo("C-2");
		assertThat(casos.get(1).json().path("diagnosticos").get(0).path("cie10").isString()).isTrue();
		assertThat(casos.get(1).json().path("diagnosticos").get(0).path("cie10").asString()).isEqualTo("890701");
		assertThat(casos.get(1).json().has("pclEnFirme")).as("(ausente) quita el campo").isFalse();
		assertThat(casos.get(2).json().path("idCaso").asString()).isEqualTo("L-1");
	}

	@Test
	void unaTablaRotaNombraSuArchivo() {
		String rota = FEATURE.replace("| con UCI    | 2    |", "| con UCI    | 2    | 3 |");

		assertThatThrownBy(() -> features.casos("features/prueba.feature", rota.getBytes(StandardCharsets.UTF_8), "invalidez"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("features/prueba.feature:");
	}

	@Test
	void unArchivoDeCasosSeLeeDeAUnoComoLoteOComoJsonLines() {
		String lote = "{\"casos\": [{\"idCaso\": \"A\"}, {\"idCaso\": \"B\"}]}";
		String lineas = "{\"idCaso\": \"A\"}\n{\"idCaso\": \"B\"}\n{\"idCaso\": \"C\"}\n";

		try (LectorCasos deLote = new LectorCasos(JSON, entrada(lote), false, "lote.json");
				LectorCasos deLineas = new LectorCasos(JSON, entrada(lineas), true, "casos.jsonl")) {
			assertThat(deLote.next().origen()).isEqualTo("lote.json#1");
			assertThat(deLote.next().json().path("idCaso").asString()).isEqualTo("B");
			assertThat(deLote.hasNext()).isFalse();
			assertThat(deLineas.next().origen()).isEqualTo("casos.jsonl#1");
			deLineas.next();
			assertThat(deLineas.next().json().path("idCaso").asString()).isEqualTo("C");
			assertThat(deLineas.hasNext()).isFalse();
		}
	}

	@Test
	void unArchivoDeCasosTruncadoDiceHastaDondeSeLeyo() {
		try (LectorCasos truncado = new LectorCasos(JSON, entrada("{\"casos\": [{\"idCaso\": \"A\"}, {\"idCa"), false, "x.json")) {
			truncado.next();
			assertThatThrownBy(truncado::next).isInstanceOf(SolicitudInvalidaException.class).hasMessageContaining("caso 1");
		}
	}

	private static ByteArrayInputStream entrada(String texto) {
		return new ByteArrayInputStream(texto.getBytes(StandardCharsets.UTF_8));
	}

}
