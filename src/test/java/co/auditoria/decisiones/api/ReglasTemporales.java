package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/** Una copia de {@code ./rules} en un directorio temporal, para pruebas que rompen y recargan reglas. */
public final class ReglasTemporales {

	private ReglasTemporales() {
	}

	public static Path copiar() {
		try {
			Path copia = Files.createTempDirectory("reglas-prueba");
			FileSystemUtils.copyRecursively(Path.of("rules"), copia);
			copia.toFile().deleteOnExit();
			return copia;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
