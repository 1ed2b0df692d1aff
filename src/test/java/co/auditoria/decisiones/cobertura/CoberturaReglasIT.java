package co.auditoria.decisiones.cobertura;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * La puerta de la cobertura de reglas en {@code ./mvnw verify}: cada regla de cada dominio la dispara al menos un
 * escenario de {@code features/} o un ejemplo de {@code examples/} (una regla que nadie prueba es una regla que nadie
 * sabe si funciona). Lee el informe que dejó la corrida de los features en {@code target/cobertura/} (corre en la fase
 * de integración, después de las pruebas), y falla nombrando cada regla sin escenario con su archivo y línea.
 */
class CoberturaReglasIT {

	private static final Path INFORMES = Path.of("target", "cobertura");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void cadaReglaDeCadaDominioTieneAlMenosUnEscenario() throws IOException {
		assertThat(INFORMES.resolve("cobertura.json")).as("el informe de cobertura que escriben los features (CucumberTest)")
			.exists();
		List<String> dominios = new ArrayList<>();
		JSON.readTree(INFORMES.resolve("cobertura.json").toFile()).forEach(dominio -> dominios.add(dominio.path("dominio").asString()));
		assertThat(dominios).as("un informe por cada carpeta de rules/").containsExactlyInAnyOrderElementsOf(carpetasDeReglas());
		List<String> sinEscenario = new ArrayList<>();
		for (String dominio : dominios) {
			JsonNode informe = JSON.readTree(INFORMES.resolve(dominio + ".json").toFile());
			informe.path("reglas").forEach(regla -> {
				if (regla.path("escenarios").isEmpty()) {
					sinEscenario.add(regla.path("archivo").asString() + ":" + regla.path("linea").asInt() + " \""
							+ regla.path("nombre").asString() + "\"");
				}
			});
		}
		assertThat(sinEscenario).as("reglas que ningún escenario ni ejemplo dispara (añada una fila en el Ejemplos del "
				+ "feature del dominio que las pruebe; detalle en target/cobertura/index.html)").isEmpty();
	}

	private static List<String> carpetasDeReglas() throws IOException {
		try (Stream<Path> carpetas = Files.list(Path.of("rules"))) {
			return carpetas.filter(Files::isDirectory).map(carpeta -> carpeta.getFileName().toString())
				.filter(nombre -> !nombre.startsWith(".")).toList();
		}
	}

}
