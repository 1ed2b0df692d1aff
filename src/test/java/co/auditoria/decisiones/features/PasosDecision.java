package co.auditoria.decisiones.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.auditoria.decisiones.simulacion.Celda;
import co.auditoria.decisiones.simulacion.RutaJson;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.es.Cuando;
import io.cucumber.java.es.Dado;
import io.cucumber.java.es.Entonces;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pasos genéricos, los mismos para todos los dominios: QA escribe la solicitud base en JSON, cambia
 * campos desde las columnas de {@code Ejemplos} y comprueba campos de la respuesta, sin tocar Java.
 *
 * <p>Valores de celda (sin comillas dobles, que cierran el texto del paso): los de {@link Celda}, los mismos con
 * los que el simulador arma cada fila como un caso. Una celda vacía no cambia ni comprueba nada, pero la respuesta
 * igual tiene que ser una decisión. Las causales se comparan en orden (el de {@code causales.csv}); las acciones,
 * sin orden pero sin faltar ni sobrar ninguna.
 *
 * <p>Llaman por HTTP al servicio que arranca {@link ServicioDePrueba} o, con {@code -Ddecisiones.url=...} (y
 * {@code -Ddecisiones.clave=...} si pide clave), a uno desplegado, sin arrancar nada. Cada decisión anota en
 * {@link RegistroCobertura} las reglas que disparó en este escenario.
 */
public class PasosDecision {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final String AUSENTE = Celda.AUSENTE;

	private final ServicioDePrueba servicio = ServicioDePrueba.actual();

	private String escenario;

	private String dominio;

	private JsonNode solicitud;

	private HttpResponse<String> respuesta;

	private JsonNode cuerpo;

	@Before
	public void escenario(Scenario actual) {
		escenario = RegistroCobertura.nombre(actual);
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
		Celda.aplicar(solicitud, ruta, valor);
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
				.containsExactlyElementsOf(Celda.lista(causales));
		}
	}

	@Entonces("las acciones son {string}")
	public void lasAccionesSon(String acciones) {
		assertDecision();
		if (!acciones.isEmpty()) {
			assertThat(codigos(cuerpo.path("acciones"), "tipo")).as("acciones de %s", cuerpo)
				.containsExactlyInAnyOrderElementsOf(Celda.lista(acciones));
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
		JsonNode deseado = Celda.valor(esperado);
		if (Celda.esTexto(esperado)) {
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
		assertThat(codigos(valor, null)).as("%s en %s", ruta, cuerpo).containsExactlyElementsOf(Celda.lista(elementos));
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
		List<String> esperados = Celda.lista(elementos);
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
		respuesta = servicio.post(ruta, cuerpoJson);
		cuerpo = respuesta.body().isBlank() ? JSON.nullNode() : JSON.readTree(respuesta.body());
		if (respuesta.statusCode() == 200) {
			RegistroCobertura.anotar(escenario, cuerpo);
		}
	}

	private void assertDecision() {
		assertThat(respuesta.statusCode()).as("estado de la respuesta %s", respuesta.body()).isEqualTo(200);
	}

	private static List<String> codigos(JsonNode arreglo, String campo) {
		List<String> codigos = new ArrayList<>();
		arreglo.forEach(elemento -> codigos.add(campo == null
				? (elemento.isValueNode() ? elemento.asString() : elemento.toString()) : elemento.path(campo).asString()));
		return codigos;
	}

}
