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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * El jar empaquetado ({@code target/decisiones-*.jar}) en marcha en un proceso aparte, como se despliega: para las
 * pruebas de integración (failsafe) que necesitan el classpath real del jar, un heap acotado o matar el proceso.
 */
final class JarEnMarcha implements AutoCloseable {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process proceso;

	private final int puerto;

	private final Path registro;

	private JarEnMarcha(Process proceso, int puerto, Path registro) {
		this.proceso = proceso;
		this.puerto = puerto;
		this.registro = registro;
	}

	/** Arranca el jar y espera a que esté listo (readiness UP), hasta 3 minutos (una máquina cargada). */
	static JarEnMarcha arrancar(String nombre, List<String> jvm, List<String> argumentos) throws IOException, InterruptedException {
		return arrancar(nombre, jvm, argumentos, Map.of());
	}

	/** Lo mismo con variables de entorno además de las de la prueba (como las de un Deployment de Kubernetes). */
	static JarEnMarcha arrancar(String nombre, List<String> jvm, List<String> argumentos, Map<String, String> entorno)
			throws IOException, InterruptedException {
		int puerto = puertoLibre();
		Path registro = Path.of("target", nombre + ".log");
		List<String> comando = new ArrayList<>();
		comando.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		comando.addAll(jvm);
		comando.addAll(List.of("-jar", jar().toString(), "--server.port=" + puerto,
				"--versiones.directorio=" + Path.of("target", "versiones-" + nombre)));
		comando.addAll(argumentos);
		ProcessBuilder constructor = new ProcessBuilder(comando).redirectErrorStream(true).redirectOutput(registro.toFile());
		constructor.environment().putAll(entorno);
		Process proceso = constructor.start();
		JarEnMarcha jar = new JarEnMarcha(proceso, puerto, registro);
		if (!jar.esperarPreparado()) {
			jar.close();
			throw new IllegalStateException("el jar no quedó listo; ver " + registro);
		}
		return jar;
	}

	String base() {
		return "http://127.0.0.1:" + puerto;
	}

	Path registro() {
		return registro;
	}

	String log() throws IOException {
		return Files.readString(registro);
	}

	HttpResponse<String> post(String ruta, HttpRequest.BodyPublisher cuerpo, Duration espera) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base() + ruta)).timeout(espera).header("Content-Type", "application/json")
			.POST(cuerpo).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** @param cabeceras nombre y valor, nombre y valor... */
	HttpResponse<String> get(String ruta, String... cabeceras) throws IOException, InterruptedException {
		HttpRequest.Builder solicitud = HttpRequest.newBuilder(URI.create(base() + ruta)).timeout(Duration.ofSeconds(10));
		for (int i = 0; i + 1 < cabeceras.length; i += 2) {
			solicitud.header(cabeceras[i], cabeceras[i + 1]);
		}
		return http.send(solicitud.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Apagado ordenado (SIGTERM); {@code true} si terminó en 30 s. */
	boolean detener() throws InterruptedException {
		proceso.destroy();
		return proceso.waitFor(30, TimeUnit.SECONDS);
	}

	/** {@code kill -9}: el proceso muere sin apagado ordenado. */
	void matar() throws InterruptedException {
		proceso.destroyForcibly();
		proceso.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (proceso.isAlive()) {
			proceso.destroy();
			if (!proceso.waitFor(30, TimeUnit.SECONDS)) {
				matar();
			}
		}
	}

	private boolean esperarPreparado() throws InterruptedException {
		long limite = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < limite && proceso.isAlive()) {
			try {
				HttpResponse<String> salud = get("/actuator/health/readiness");
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
