package co.auditoria.decisiones.simulacion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleDocString;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepArgument;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Los casos de un feature: cada escenario, y cada fila de {@code Ejemplos} de un esquema, es un caso, armado como lo
 * arman los pasos de Cucumber: la solicitud base de {@code Antecedentes} más los cambios de
 * {@code que el campo "<ruta>" vale "<valor>"} ({@link Celda}), decidido en {@code Cuando pido la decisión}. Un lote
 * ({@code Dado un lote de ... con los casos de "<archivo>"}) da cada uno de sus casos; un cuerpo crudo enviado a
 * {@code decide} que es un objeto JSON, también. Su origen es {@code <feature>:<línea de la fila>}, la misma línea con
 * la que se corre sola.
 */
final class CasosDeFeatures {

	/** Un {@code {string}} de Cucumber: entre comillas dobles o simples, con {@code \\"} o {@code \\'} dentro. */
	private static final String TEXTO = "(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)')";

	private static final Pattern SOLICITUD = Pattern.compile("una solicitud de " + TEXTO + " como esta:");

	private static final Pattern LOTE = Pattern.compile("un lote de " + TEXTO + " con los casos de " + TEXTO);

	private static final Pattern CAMPO = Pattern.compile("que el campo " + TEXTO + " vale " + TEXTO);

	private static final Pattern CUERPO = Pattern.compile("envío a " + TEXTO + " el cuerpo:");

	private static final Pattern DECIDE = Pattern.compile("/api/v1/([^/]+)/decide(/lote)?");

	private static final String DECIDIR = "pido la decisión";

	private static final String DECIDIR_LOTE = "pido la decisión del lote";

	private final JsonMapper json;

	/** Los casos de un archivo de lote que nombra un feature ({@code examples/x-lote.json}), o vacío si no está. */
	private final Function<String, Optional<JsonNode>> lotes;

	CasosDeFeatures(JsonMapper json, Function<String, Optional<JsonNode>> lotes) {
		this.json = json;
		this.lotes = lotes;
	}

	/**
	 * @param uri la ruta del feature tal como se corre ({@code features/glosas.feature})
	 * @throws IllegalArgumentException si el feature no se puede leer, con su archivo, línea y columna
	 */
	List<CasoSimulado> casos(String uri, byte[] contenido, String dominio) {
		List<Envelope> mensajes = GherkinParser.builder().includeSource(false).build().parse(uri, contenido).toList();
		Map<String, Long> lineas = new HashMap<>();
		List<CasoSimulado> casos = new ArrayList<>();
		for (Envelope mensaje : mensajes) {
			mensaje.getParseError().ifPresent(error -> {
				throw new IllegalArgumentException(uri + ": " + error.getMessage());
			});
			mensaje.getGherkinDocument().ifPresent(documento -> indexar(documento, lineas));
			mensaje.getPickle().ifPresent(escenario -> casos.addAll(casos(uri, escenario, lineas, dominio)));
		}
		return casos;
	}

	private List<CasoSimulado> casos(String uri, Pickle escenario, Map<String, Long> lineas, String dominio) {
		List<String> nodos = escenario.getAstNodeIds();
		String origen = uri + ":" + lineas.getOrDefault(nodos.get(nodos.size() - 1), 0L);
		List<CasoSimulado> casos = new ArrayList<>();
		String suDominio = null;
		JsonNode solicitud = null;
		for (PickleStep paso : escenario.getSteps()) {
			String texto = paso.getText().strip();
			Optional<String> documento = paso.getArgument().flatMap(PickleStepArgument::getDocString).map(PickleDocString::getContent);
			Matcher coincide;
			if ((coincide = SOLICITUD.matcher(texto)).matches() && documento.isPresent()) {
				suDominio = texto(coincide, 0);
				solicitud = json.readTree(documento.get());
			}
			else if ((coincide = LOTE.matcher(texto)).matches()) {
				suDominio = texto(coincide, 0);
				solicitud = lotes.apply(texto(coincide, 1)).orElse(null);
			}
			else if ((coincide = CAMPO.matcher(texto)).matches() && solicitud != null) {
				Celda.aplicar(solicitud, texto(coincide, 0), texto(coincide, 1));
			}
			else if (texto.equals(DECIDIR) && solicitud != null && dominio.equals(suDominio)) {
				casos.add(new CasoSimulado(origen, escenario.getName(), solicitud.deepCopy()));
			}
			else if (texto.equals(DECIDIR_LOTE) && solicitud != null && dominio.equals(suDominio)) {
				JsonNode lote = solicitud.path("casos");
				for (int i = 0; i < lote.size(); i++) {
					casos.add(new CasoSimulado(origen + " #" + (i + 1), escenario.getName(), lote.get(i).deepCopy()));
				}
			}
			else if ((coincide = CUERPO.matcher(texto)).matches() && documento.isPresent()) {
				casos.addAll(crudos(texto(coincide, 0), dominio, documento.get(), origen, escenario.getName()));
			}
		}
		return casos;
	}

	/** El {@code n}-ésimo {@code {string}} del paso, sin sus comillas ni sus escapes. */
	private static String texto(Matcher coincide, int n) {
		String dobles = coincide.group(2 * n + 1);
		return (dobles != null ? dobles : coincide.group(2 * n + 2)).replace("\\\"", "\"").replace("\\'", "'");
	}

	/**
	 * Un cuerpo crudo enviado a {@code decide} (un caso) o a {@code decide/lote} (sus casos) del dominio; un cuerpo que
	 * no es JSON, o no tiene la forma, es un error a propósito y no es un caso.
	 */
	private List<CasoSimulado> crudos(String ruta, String dominio, String cuerpo, String origen, String nombre) {
		Matcher decide = DECIDE.matcher(ruta);
		if (!decide.matches() || !decide.group(1).equals(dominio)) {
			return List.of();
		}
		JsonNode leido;
		try {
			leido = json.readTree(cuerpo);
		}
		catch (RuntimeException noEsJson) {
			return List.of();
		}
		List<CasoSimulado> casos = new ArrayList<>();
		if (decide.group(2) == null && leido != null && leido.isObject()) {
			casos.add(new CasoSimulado(origen, nombre, leido));
		}
		else if (decide.group(2) != null && leido != null && leido.path("casos").isArray()) {
			for (int i = 0; i < leido.path("casos").size(); i++) {
				casos.add(new CasoSimulado(origen + " #" + (i + 1), nombre, leido.path("casos").get(i)));
			}
		}
		return casos;
	}

	/** La línea de cada escenario y de cada fila de {@code Ejemplos}, por su id. */
	private static void indexar(GherkinDocument documento, Map<String, Long> lineas) {
		documento.getFeature().ifPresent(feature -> {
			for (FeatureChild hijo : feature.getChildren()) {
				hijo.getScenario().ifPresent(escenario -> indexar(escenario, lineas));
				hijo.getRule().ifPresent(regla -> regla.getChildren()
					.forEach(deRegla -> deRegla.getScenario().ifPresent(escenario -> indexar(escenario, lineas))));
			}
		});
	}

	private static void indexar(Scenario escenario, Map<String, Long> lineas) {
		lineas.put(escenario.getId(), escenario.getLocation().getLine());
		for (Examples ejemplos : escenario.getExamples()) {
			for (TableRow fila : ejemplos.getTableBody()) {
				lineas.put(fila.getId(), fila.getLocation().getLine());
			}
		}
	}

}
