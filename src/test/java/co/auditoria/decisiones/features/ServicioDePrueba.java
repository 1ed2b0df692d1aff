package co.auditoria.decisiones.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.DecisionesApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * El servicio contra el que corren los features. Con {@code -Ddecisiones.url=https://...} es uno desplegado (con
 * {@code -Ddecisiones.clave=...} si pide clave, que va en {@code X-API-Key}) y no se arranca nada local; si no, se
 * arranca el servicio una sola vez para toda la corrida, en un puerto libre y con los logs callados: la consola de una
 * corrida verde solo trae el resumen de Cucumber.
 */
final class ServicioDePrueba {

	private static ServicioDePrueba actual;

	/**
	 * Lo que callar del servicio local: el arranque, el aviso de la seguridad apagada y los avisos de las entradas
	 * inválidas que los escenarios mandan a propósito. Los errores se siguen viendo.
	 */
	private static final Map<String, String> CALLADOS = Map.of("org.springframework", "WARN", "org.springdoc", "ERROR",
			"org.apache", "WARN", "org.hibernate", "WARN", "org.drools", "ERROR", "org.kie", "ERROR",
			"co.auditoria.decisiones", "ERROR", "AUDITORIA", "OFF");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String url;

	private final String clave;

	private final ConfigurableApplicationContext local;

	private ServicioDePrueba(String url, String clave, ConfigurableApplicationContext local) {
		this.url = url;
		this.clave = clave;
		this.local = local;
	}

	static synchronized ServicioDePrueba actual() {
		if (actual == null) {
			String desplegado = System.getProperty("decisiones.url", "").strip();
			String clave = System.getProperty("decisiones.clave", "").strip();
			actual = desplegado.isEmpty() ? local() : new ServicioDePrueba(desplegado.replaceFirst("/$", ""), clave, null);
		}
		return actual;
	}

	private static ServicioDePrueba local() {
		List<String> propiedades = new ArrayList<>(List.of("server.port=0", "reglas.vigilar=false",
				"auditoria.secreto=secreto-de-las-pruebas-de-cucumber-0123456789"));
		CALLADOS.forEach((logger, nivel) -> propiedades.add("logging.level." + logger + "=" + nivel));
		ConfigurableApplicationContext contexto = new SpringApplicationBuilder(DecisionesApplication.class)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(propiedades.toArray(String[]::new))
			.run();
		int puerto = ((WebServerApplicationContext) contexto).getWebServer().getPort();
		return new ServicioDePrueba("http://localhost:" + puerto, "", contexto);
	}

	/** Al terminar la corrida: el servicio local se apaga (los demás tests de la JVM no lo necesitan). */
	static synchronized void detener() {
		if (actual != null && actual.local != null) {
			actual.local.close();
			// Los niveles de log son de toda la JVM: las pruebas que corren después ven los suyos.
			LoggingSystem logs = LoggingSystem.get(ServicioDePrueba.class.getClassLoader());
			CALLADOS.keySet().forEach(logger -> logs.setLogLevel(logger, null));
		}
		actual = null;
	}

	String url() {
		return url;
	}

	HttpResponse<String> post(String ruta, String cuerpo) {
		return enviar(pedido(ruta).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(cuerpo)));
	}

	HttpResponse<String> get(String ruta) {
		return enviar(pedido(ruta).GET());
	}

	private HttpRequest.Builder pedido(String ruta) {
		HttpRequest.Builder pedido = HttpRequest.newBuilder(URI.create(url + ruta));
		if (!clave.isEmpty()) {
			pedido.header("X-API-Key", clave);
		}
		return pedido;
	}

	private HttpResponse<String> enviar(HttpRequest.Builder pedido) {
		try {
			return http.send(pedido.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No responde " + url + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
