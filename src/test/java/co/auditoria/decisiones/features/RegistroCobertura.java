package co.auditoria.decisiones.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import co.auditoria.decisiones.cobertura.HtmlCobertura;
import co.auditoria.decisiones.cobertura.InformeCobertura;
import co.auditoria.decisiones.engine.ReglaDefinida;
import io.cucumber.java.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Qué reglas disparó cada escenario (las {@code reglasAplicadas} de cada decisión que respondió el servicio, suelta o
 * en un lote) y, al terminar la corrida, también cada {@code examples/<dominio>/*.json}. Con eso escribe en
 * {@code target/cobertura/} un informe por dominio, HTML ({@code <dominio>.html}, con {@code index.html}) y JSON
 * ({@code <dominio>.json}, con {@code cobertura.json} para las herramientas), con todas las reglas que el servicio
 * tiene ({@code GET /api/v1/reglas/<dominio>}): primero las que ningún escenario dispara.
 */
final class RegistroCobertura {

	static final Path DIRECTORIO = Path.of("target", "cobertura");

	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** Dominio → regla → escenarios. */
	private static final Map<String, Map<String, Set<String>>> DISPARADAS = new ConcurrentHashMap<>();

	private static final Set<String> ESCENARIOS = ConcurrentHashMap.newKeySet();

	private RegistroCobertura() {
	}

	/** {@code features/glosas.feature:123 nombre}: la línea de la fila, la misma con la que se corre sola. */
	static String nombre(Scenario escenario) {
		URI uri = escenario.getUri();
		String archivo = "file".equals(uri.getScheme())
				? Path.of("").toAbsolutePath().relativize(Path.of(uri)).toString().replace('\\', '/') : uri.toString();
		String nombre = archivo + ":" + escenario.getLine() + " " + escenario.getName();
		ESCENARIOS.add(nombre);
		return nombre;
	}

	/** Si corrió algún escenario: Cucumber también corre sus ganchos en una pasada sin features, que no informa nada. */
	static boolean huboEscenarios() {
		return !ESCENARIOS.isEmpty();
	}

	/** Las reglas de una decisión, o de cada decisión de un lote. */
	static void anotar(String escenario, JsonNode respuesta) {
		if (respuesta.has("resultados")) {
			respuesta.path("resultados").forEach(decision -> anotar(escenario, decision));
			return;
		}
		String dominio = respuesta.path("dominio").asString("");
		if (dominio.isEmpty()) {
			return;
		}
		Map<String, Set<String>> reglas = DISPARADAS.computeIfAbsent(dominio, clave -> new ConcurrentHashMap<>());
		respuesta.path("reglasAplicadas").forEach(regla -> reglas.computeIfAbsent(regla.asString(),
				clave -> ConcurrentHashMap.newKeySet()).add(escenario));
	}

	/** Decide los ejemplos de cada dominio y escribe los informes de todos los dominios del servicio. */
	static void escribir(ServicioDePrueba servicio) {
		List<InformeCobertura> informes = new ArrayList<>();
		JsonNode dominios = JSON.readTree(servicio.get("/api/v1/reglas").body()).path("dominios");
		for (String dominio : dominios.propertyNames()) {
			decidirEjemplos(servicio, dominio);
			JsonNode detalle = JSON.readTree(servicio.get("/api/v1/reglas/" + dominio).body());
			List<ReglaDefinida> reglas = new ArrayList<>();
			detalle.path("reglas").forEach(regla -> reglas.add(JSON.treeToValue(regla, ReglaDefinida.class)));
			informes.add(InformeCobertura.de(dominio, detalle.path("versionReglas").asString(), reglas,
					DISPARADAS.getOrDefault(dominio, Map.of())));
		}
		try {
			Files.createDirectories(DIRECTORIO);
			for (InformeCobertura informe : informes) {
				JSON.writeValue(DIRECTORIO.resolve(informe.dominio() + ".json").toFile(), informe);
				Files.writeString(DIRECTORIO.resolve(informe.dominio() + ".html"), HtmlCobertura.de(informe), StandardCharsets.UTF_8);
			}
			JSON.writeValue(DIRECTORIO.resolve("cobertura.json").toFile(), informes.stream()
				.map(informe -> Map.of("dominio", informe.dominio(), "totalReglas", informe.totalReglas(),
						"reglasSinEscenario", informe.reglasSinEscenario()))
				.toList());
			Files.writeString(DIRECTORIO.resolve("index.html"), HtmlCobertura.indice(informes), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void decidirEjemplos(ServicioDePrueba servicio, String dominio) {
		Path carpeta = Path.of("examples", dominio);
		if (!Files.isDirectory(carpeta)) {
			return;
		}
		try (Stream<Path> ejemplos = Files.list(carpeta)) {
			for (Path ejemplo : ejemplos.filter(archivo -> archivo.toString().endsWith(".json")).sorted().toList()) {
				var respuesta = servicio.post("/api/v1/" + dominio + "/decide", Files.readString(ejemplo));
				if (respuesta.statusCode() == 200) {
					anotar(ejemplo.toString().replace('\\', '/'), JSON.readTree(respuesta.body()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
