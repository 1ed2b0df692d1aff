package co.auditoria.decisiones.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.cucumber.java.es.Cuando;
import io.cucumber.java.es.Dado;
import io.cucumber.java.es.Entonces;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pasos genéricos, los mismos para todos los dominios: QA escribe la solicitud base en JSON, cambia
 * campos desde las columnas de {@code Ejemplos} y comprueba campos de la respuesta, sin tocar Java.
 *
 * <p>Valores de celda (sin comillas dobles, que cierran el texto del paso): se leen como JSON si lo son
 * ({@code 20}, {@code true}, {@code null}, {@code []}), y si no como texto ({@code S82.2}); entre comillas
 * simples son siempre texto ({@code '890701'}: un código que parece número). Una celda vacía no cambia ni
 * comprueba nada, pero la respuesta igual tiene que ser una decisión; {@code (ausente)} quita el campo;
 * {@code (vacío)} es el texto vacío; {@code ninguna} es una lista vacía; las listas se escriben separadas por
 * comas ({@code UCI, AMPUTACION}). Las causales se comparan en orden (el de {@code causales.csv}); las
 * acciones, sin orden pero sin faltar ni sobrar ninguna.
 */
public class PasosDecision {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final String AUSENTE = "(ausente)";

	private static final String VACIO = "(vacío)";

	private final HttpClient http = HttpClient.newHttpClient();

	private final String url;

	private String dominio;

	private JsonNode solicitud;

	private HttpResponse<String> respuesta;

	private JsonNode cuerpo;

	public PasosDecision(@Value("${decisiones.url:}") String urlDesplegada, @Value("${local.server.port:0}") int puerto) {
		this.url = urlDesplegada.isBlank() ? "http://localhost:" + puerto : urlDesplegada.replaceFirst("/$", "");
	}

	@Dado("una solicitud de {string} como esta:")
	public void unaSolicitud(String dominio, String json) {
		this.dominio = dominio;
		this.solicitud = JSON.readTree(json);
	}

	@Dado("un lote de {string} con los casos de {string}")
	public void unLoteDelArchivo(String dominio, String archivo) throws IOException {
		this.dominio = dominio;
		this.solicitud = JSON.readTree(Files.readString(Path.of(archivo)));
	}

	@Dado("que el campo {string} vale {string}")
	public void queElCampoVale(String ruta, String valor) {
		if (valor.isEmpty()) {
			return;
		}
		RutaJson.fijar(solicitud, ruta, AUSENTE.equals(valor) ? null : celda(valor), AUSENTE.equals(valor));
	}

	@Cuando("pido la decisión")
	public void pidoLaDecision() throws IOException, InterruptedException {
		publicar("/api/v1/" + dominio + "/decide", JSON.writeValueAsString(solicitud));
	}

	@Cuando("pido la decisión del lote")
	public void pidoLaDecisionDelLote() throws IOException, InterruptedException {
		publicar("/api/v1/" + dominio + "/decide/lote", JSON.writeValueAsString(solicitud));
	}

	@Cuando("envío a {string} el cuerpo:")
	public void envioElCuerpo(String ruta, String cuerpoCrudo) throws IOException, InterruptedException {
		publicar(ruta, cuerpoCrudo);
	}

	@Entonces("el resultado es {string}")
	public void elResultadoEs(String resultado) {
		assertDecision();
		if (!resultado.isEmpty()) {
			assertThat(cuerpo.path("resultado").asString()).as("resultado de %s", cuerpo).isEqualTo(resultado);
		}
	}

	@Entonces("las causales son {string}")
	public void lasCausalesSon(String causales) {
		assertDecision();
		if (!causales.isEmpty()) {
			assertThat(codigos(cuerpo.path("causales"), "codigo")).as("causales, en el orden del catálogo, de %s", cuerpo)
				.containsExactlyElementsOf(lista(causales));
		}
	}

	@Entonces("las acciones son {string}")
	public void lasAccionesSon(String acciones) {
		assertDecision();
		if (!acciones.isEmpty()) {
			assertThat(codigos(cuerpo.path("acciones"), "tipo")).as("acciones de %s", cuerpo)
				.containsExactlyInAnyOrderElementsOf(lista(acciones));
		}
	}

	@Entonces("la acción {string} vence el {string}")
	public void laAccionVence(String tipo, String fecha) {
		assertDecision();
		if (tipo.isEmpty() || fecha.isEmpty()) {
			return;
		}
		List<String> fechas = new ArrayList<>();
		cuerpo.path("acciones").forEach(accion -> {
			if (accion.path("tipo").asString().equals(tipo)) {
				fechas.add(accion.path("fechaLimite").asString());
			}
		});
		assertThat(fechas).as("fechas límite de %s en %s", tipo, cuerpo.path("acciones")).contains(fecha);
	}

	@Entonces("el campo {string} de la respuesta vale {string}")
	public void elCampoDeLaRespuestaVale(String ruta, String esperado) {
		assertDecision();
		if (esperado.isEmpty()) {
			return;
		}
		JsonNode valor = RutaJson.leer(cuerpo, ruta);
		if (AUSENTE.equals(esperado)) {
			assertThat(valor == null || valor.isNull()).as("%s ausente en %s", ruta, cuerpo).isTrue();
			return;
		}
		assertThat(valor).as("%s en %s", ruta, cuerpo).isNotNull();
		JsonNode deseado = celda(esperado);
		if (esperado.startsWith("'") && esperado.endsWith("'") && esperado.length() > 1) {
			assertThat(valor.asString()).as("%s en %s", ruta, cuerpo).isEqualTo(deseado.asString());
		}
		else if (valor.isNumber() && deseado.isNumber()) {
			assertThat(valor.decimalValue()).as("%s en %s", ruta, cuerpo).isEqualByComparingTo(deseado.decimalValue());
		}
		else if (valor.isString() && deseado.isNumber()) {
			// Códigos que parecen números ("202", "890701", documentos): la celda se compara como texto.
			assertThat(valor.asString()).as("%s en %s", ruta, cuerpo).isEqualTo(esperado);
		}
		else if (valor.isString() || !deseado.isString()) {
			assertThat(valor).as("%s en %s", ruta, cuerpo).isEqualTo(deseado);
		}
		else {
			assertThat(valor.toString()).as("%s en %s", ruta, cuerpo).isEqualTo(deseado.asString());
		}
	}

	@Entonces("el campo {string} de la respuesta es la lista {string}")
	public void elCampoDeLaRespuestaEsLaLista(String ruta, String elementos) {
		assertDecision();
		if (elementos.isEmpty()) {
			return;
		}
		JsonNode valor = RutaJson.leer(cuerpo, ruta);
		assertThat(valor).as("%s en %s", ruta, cuerpo).isNotNull();
		assertThat(codigos(valor, null)).as("%s en %s", ruta, cuerpo).containsExactlyElementsOf(lista(elementos));
	}

	/** Los elementos están en la lista; {@code ninguna}: la lista está vacía (si no, no comprobaría nada). */
	@Entonces("el campo {string} de la respuesta incluye {string}")
	public void elCampoDeLaRespuestaIncluye(String ruta, String elementos) {
		assertDecision();
		if (elementos.isEmpty()) {
			return;
		}
		JsonNode valor = RutaJson.leer(cuerpo, ruta);
		assertThat(valor).as("%s en %s", ruta, cuerpo).isNotNull();
		List<String> presentes = codigos(valor, null);
		List<String> esperados = lista(elementos);
		if (esperados.isEmpty()) {
			assertThat(presentes).as("%s vacía en %s", ruta, cuerpo).isEmpty();
		}
		else {
			assertThat(presentes).as("%s en %s", ruta, cuerpo).containsAll(esperados);
		}
	}

	@Entonces("las reglas aplicadas incluyen {string}")
	public void lasReglasAplicadasIncluyen(String regla) {
		assertDecision();
		if (!regla.isEmpty()) {
			assertThat(codigos(cuerpo.path("reglasAplicadas"), null)).as("reglas de %s", cuerpo).contains(regla);
		}
	}

	@Entonces("la respuesta es un error {int} que nombra el campo {string}")
	public void laRespuestaEsUnError(int estado, String campo) {
		assertThat(respuesta.statusCode()).as("estado de %s", respuesta.body()).isEqualTo(estado);
		assertThat(respuesta.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(cuerpo.path("status").asInt()).isEqualTo(estado);
		if (!campo.isEmpty()) {
			assertThat(codigos(cuerpo.path("errores"), "campo")).as("errores de %s", cuerpo).contains(campo);
		}
	}

	@Entonces("la respuesta es un error {int}")
	public void laRespuestaEsUnErrorSinCampo(int estado) {
		laRespuestaEsUnError(estado, "");
	}

	private void publicar(String ruta, String cuerpoJson) throws IOException, InterruptedException {
		HttpRequest pedido = HttpRequest.newBuilder(URI.create(url + ruta))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(cuerpoJson))
			.build();
		respuesta = http.send(pedido, HttpResponse.BodyHandlers.ofString());
		cuerpo = respuesta.body().isBlank() ? JSON.nullNode() : JSON.readTree(respuesta.body());
	}

	private void assertDecision() {
		assertThat(respuesta.statusCode()).as("estado de la respuesta %s", respuesta.body()).isEqualTo(200);
	}

	private static JsonNode celda(String valor) {
		if (VACIO.equals(valor)) {
			return JSON.getNodeFactory().stringNode("");
		}
		if (valor.length() > 1 && valor.startsWith("'") && valor.endsWith("'")) {
			return JSON.getNodeFactory().stringNode(valor.substring(1, valor.length() - 1));
		}
		try {
			return JSON.readTree(valor);
		}
		catch (RuntimeException noEsJson) {
			return JSON.getNodeFactory().stringNode(valor);
		}
	}

	private static List<String> lista(String valores) {
		if (valores.equalsIgnoreCase("ninguna") || valores.equalsIgnoreCase("ninguno")) {
			return List.of();
		}
		return Arrays.stream(valores.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

	private static List<String> codigos(JsonNode arreglo, String campo) {
		List<String> codigos = new ArrayList<>();
		arreglo.forEach(elemento -> codigos.add(campo == null
				? (elemento.isValueNode() ? elemento.asString() : elemento.toString()) : elemento.path(campo).asString()));
		return codigos;
	}

	/** Rutas como {@code diagnosticos[0].cie10} sobre un árbol JSON. */
	static final class RutaJson {

		private RutaJson() {
		}

		static JsonNode leer(JsonNode raiz, String ruta) {
			JsonNode nodo = raiz;
			for (String parte : partes(ruta)) {
				if (nodo == null) {
					return null;
				}
				// Un número es un índice en un arreglo y una clave en un objeto ("porProblemaSalud.21").
				nodo = nodo.isArray() && parte.matches("\\d+") ? nodo.get(Integer.parseInt(parte)) : nodo.get(parte);
			}
			return nodo;
		}

		static void fijar(JsonNode raiz, String ruta, JsonNode valor, boolean quitar) {
			List<String> partes = partes(ruta);
			JsonNode nodo = raiz;
			for (int i = 0; i < partes.size() - 1; i++) {
				String parte = partes.get(i);
				boolean siguienteEsIndice = partes.get(i + 1).matches("\\d+");
				JsonNode hijo = parte.matches("\\d+") ? nodo.get(Integer.parseInt(parte)) : nodo.get(parte);
				if (hijo == null || hijo.isNull()) {
					hijo = siguienteEsIndice ? JSON.createArrayNode() : JSON.createObjectNode();
					poner(nodo, parte, hijo);
				}
				nodo = hijo;
			}
			String ultima = partes.get(partes.size() - 1);
			if (quitar) {
				if (nodo instanceof ObjectNode objeto) {
					objeto.remove(ultima);
				}
				else if (nodo instanceof ArrayNode arreglo && Integer.parseInt(ultima) < arreglo.size()) {
					arreglo.remove(Integer.parseInt(ultima));
				}
				return;
			}
			poner(nodo, ultima, valor);
		}

		private static void poner(JsonNode padre, String parte, JsonNode valor) {
			if (padre instanceof ArrayNode arreglo) {
				int indice = Integer.parseInt(parte);
				while (arreglo.size() <= indice) {
					arreglo.addNull();
				}
				arreglo.set(indice, valor);
			}
			else {
				((ObjectNode) padre).set(parte, valor);
			}
		}

		private static List<String> partes(String ruta) {
			return Arrays.stream(ruta.replace("[", ".").replace("]", "").split("\\.")).filter(p -> !p.isEmpty()).toList();
		}

	}

}
