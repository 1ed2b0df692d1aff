package co.auditoria.decisiones;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * El jar que se despliega ({@code java -jar}) arranca, compila las reglas y decide. Corre en {@code verify}
 * después de {@code package} (failsafe): el classpath anidado del jar de Spring Boot no es el de las pruebas
 * y ya escondió un defecto (KIE sin sus servicios al compilar en paralelo).
 */
class ArranqueJarIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Process servicio;

	@AfterEach
	void detener() throws InterruptedException {
		if (servicio != null && servicio.isAlive()) {
			servicio.destroy();
			servicio.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void elJarEmpaquetadoArrancaConLasReglasDelDirectorioYDecide() throws Exception {
		int puerto = puertoLibre();
		Path registro = Path.of("target", "arranque-jar.log");
		servicio = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar().toString(), "--server.port=" + puerto, "--reglas.directorio=rules", "--reglas.vigilar=false"))
			.redirectErrorStream(true)
			.redirectOutput(registro.toFile())
			.start();

		String base = "http://127.0.0.1:" + puerto;
		assertThat(esperarPreparado(base + "/actuator/health/readiness")).as("listo; ver %s", registro).isTrue();

		HttpResponse<String> decision = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/invalidez/decide"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofFile(Path.of("examples", "invalidez", "01-uci.json")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(decision.statusCode()).isEqualTo(200);
		assertThat(decision.body()).contains("\"resultado\":\"POSIBLE_INVALIDEZ\"").contains("\"versionReglas\"");

		servicio.destroy();
		assertThat(servicio.waitFor(30, TimeUnit.SECONDS)).as("se apaga ordenadamente").isTrue();
	}

	private boolean esperarPreparado(String url) throws InterruptedException {
		long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < limite && servicio.isAlive()) {
			try {
				HttpResponse<String> salud = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (salud.statusCode() == 200 && salud.body().contains("UP")) {
					return true;
				}
			}
			catch (IOException ex) {
				// todavía no escucha
			}
			Thread.sleep(200);
		}
		return false;
	}

	private static Path jar() throws IOException {
		try (Stream<Path> archivos = Files.list(Path.of("target"))) {
			return archivos.filter(archivo -> archivo.getFileName().toString().matches("decisiones-.*\\.jar"))
				.filter(archivo -> !archivo.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no hay jar en target" + File.separator));
		}
	}

	private static int puertoLibre() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
