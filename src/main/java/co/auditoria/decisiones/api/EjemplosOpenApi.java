package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.examples.Example;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Las solicitudes de {@code examples/<dominio>/} (el build las copia al classpath en {@code ejemplos/}) como
 * ejemplos de OpenAPI, por su nombre de archivo, que dice el resultado que dan ({@code objetada}) o que son
 * inválidas ({@code invalida--...}, un 400). Van como mapas y listas de Java: el JSON tal cual, no el árbol de
 * Jackson 3, que la biblioteca de OpenAPI (Jackson 2) publicaría como un objeto con sus propiedades internas.
 */
final class EjemplosOpenApi {

	private final ObjectMapper json;

	EjemplosOpenApi(ObjectMapper json) {
		this.json = json;
	}

	Map<String, Example> de(String dominio) {
		Map<String, Example> ejemplos = new LinkedHashMap<>();
		try {
			Resource[] archivos = new PathMatchingResourcePatternResolver().getResources("classpath*:ejemplos/" + dominio + "/*.json");
			Arrays.sort(archivos, Comparator.comparing(Resource::getFilename));
			for (Resource archivo : archivos) {
				String nombre = archivo.getFilename().replaceFirst("\\.json$", "");
				ejemplos.put(nombre, new Example().summary(resumen(nombre))
					.value(json.readValue(archivo.getContentAsString(StandardCharsets.UTF_8), Object.class)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ejemplos;
	}

	/** {@code glosa-parcial--dos-items} → "GLOSA_PARCIAL (dos items)"; {@code invalida--x} → "400 (x)". */
	private static String resumen(String nombre) {
		String[] partes = nombre.split("--", 2);
		String esperado = partes[0].equals("invalida") ? "400" : partes[0].toUpperCase().replace('-', '_');
		return partes.length > 1 ? esperado + " (" + partes[1].replace('-', ' ') + ")" : esperado;
	}

}
