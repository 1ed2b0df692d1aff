package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * El servicio real sobre una copia de {@code ./rules} y con su archivo de versiones en un directorio temporal, para las
 * pruebas que cambian, publican y revierten reglas. Las subclases comparten el mismo servicio (una sola arrancada):
 * cada prueba deja las reglas como las encontró.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
public abstract class ConReglasTemporales {

	protected static final Path REGLAS = ReglasTemporales.copiar();

	protected static final Path VERSIONES = temporal("versiones-prueba");

	@LocalServerPort
	protected int puerto;

	protected ClienteHttp http;

	@DynamicPropertySource
	static void directorios(DynamicPropertyRegistry propiedades) {
		propiedades.add("reglas.directorio", REGLAS::toString);
		propiedades.add("versiones.directorio", VERSIONES::toString);
	}

	@BeforeEach
	void cliente() {
		http = new ClienteHttp(puerto);
	}

	protected static Path temporal(String prefijo) {
		try {
			Path directorio = Files.createTempDirectory(prefijo);
			directorio.toFile().deleteOnExit();
			return directorio;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
