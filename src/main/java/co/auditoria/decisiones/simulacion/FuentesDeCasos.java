package co.auditoria.decisiones.simulacion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import co.auditoria.decisiones.api.LectorSolicitudes;
import co.auditoria.decisiones.api.SolicitudInvalidaException;
import co.auditoria.decisiones.engine.ErrorCampo;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * De dónde salen los casos de una simulación o de la cobertura: las solicitudes de {@code examples/<dominio>/} y las
 * filas de {@code features/} (el build copia ambas al classpath: el servicio desplegado las trae), un lote enviado en la
 * solicitud, o un archivo del servidor leído de a un caso.
 */
@Component
public class FuentesDeCasos {

	private final JsonMapper json;

	private final CasosDeFeatures features;

	FuentesDeCasos(LectorSolicitudes lector) {
		this.json = lector.estricto();
		this.features = new CasosDeFeatures(json, this::lote);
	}

	/** Cada {@code examples/<dominio>/*.json}, también los inválidos (que son 400 antes y después). */
	public List<CasoSimulado> ejemplos(String dominio) {
		List<CasoSimulado> casos = new ArrayList<>();
		for (Resource archivo : recursos("classpath*:ejemplos/" + dominio + "/*.json")) {
			casos.add(new CasoSimulado("examples/" + dominio + "/" + archivo.getFilename(), null, leer(archivo)));
		}
		return casos;
	}

	/** Cada escenario y fila de {@code Ejemplos} de {@code features/*.feature} que decide un caso del dominio. */
	public List<CasoSimulado> features(String dominio) {
		List<CasoSimulado> casos = new ArrayList<>();
		for (Resource archivo : recursos("classpath*:features/*.feature")) {
			try {
				casos.addAll(features.casos("features/" + archivo.getFilename(), archivo.getContentAsByteArray(), dominio));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return casos;
	}

	/**
	 * Los casos que nombra {@code origen}: {@code ejemplos}, {@code features} o ambos separados por coma.
	 * @param campo cómo se llama {@code origen} donde lo escribió quien pide, para nombrarlo en el 400
	 */
	public List<CasoSimulado> segun(String dominio, String origen, String campo) {
		List<CasoSimulado> casos = new ArrayList<>();
		for (String cual : origen.split(",")) {
			switch (cual.strip()) {
				case "ejemplos" -> casos.addAll(ejemplos(dominio));
				case "features" -> casos.addAll(features(dominio));
				default -> throw new SolicitudInvalidaException("Origen de casos desconocido", List.of(new ErrorCampo(campo,
						"debe ser 'ejemplos', 'features' o ambos separados por coma")));
			}
		}
		return casos;
	}

	/** Los casos de un lote {@code {"casos": [...]}} o de un JSON Lines, de a uno. */
	public LectorCasos flujo(InputStream entrada, String nombre) {
		return new LectorCasos(json, entrada, nombre.endsWith(".jsonl") || nombre.endsWith(".ndjson"), nombre);
	}

	/** Un archivo de casos del servidor (o de quien corre el simulador sin servidor), de a uno. */
	public LectorCasos archivo(Path ruta) {
		if (!Files.isRegularFile(ruta)) {
			throw new SolicitudInvalidaException("No existe el archivo de casos",
					List.of(new ErrorCampo("archivoCasos", "no existe el archivo " + ruta)));
		}
		try {
			return flujo(Files.newInputStream(ruta), ruta.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code examples/ges-anexo4.json} de un feature está en el classpath como {@code ejemplos/ges-anexo4.json}. */
	private Optional<JsonNode> lote(String archivo) {
		String nombre = archivo.replaceFirst("^examples/", "");
		Resource[] encontrados = recursos("classpath*:ejemplos/" + nombre);
		return encontrados.length == 0 ? Optional.empty() : Optional.of(leer(encontrados[0]));
	}

	private JsonNode leer(Resource archivo) {
		try (InputStream entrada = archivo.getInputStream()) {
			return json.readTree(entrada);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Resource[] recursos(String patron) {
		try {
			Resource[] encontrados = new PathMatchingResourcePatternResolver().getResources(patron);
			Arrays.sort(encontrados, Comparator.comparing(Resource::getFilename));
			return encontrados;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
