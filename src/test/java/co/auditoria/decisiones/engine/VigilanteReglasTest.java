package co.auditoria.decisiones.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * El vigilante recarga cuando el directorio de reglas cambia de destino sin que se escriba ningún {@code .drl}: un
 * {@code ln -sfn} a otra versión, o un ConfigMap de Kubernetes que cambia su enlace {@code ..data}. Decide la
 * huella del contenido, no el nombre del archivo que cambió.
 */
class VigilanteReglasTest {

	@TempDir
	Path base;

	private final ReglasDePrueba.DominioDePrueba dominio = new ReglasDePrueba.DominioDePrueba();

	private VigilanteReglas vigilante;

	@AfterEach
	void parar() {
		if (vigilante != null) {
			vigilante.stop();
		}
	}

	@Test
	void unEnlaceSimbolicoQueApuntaAOtraVersionSeRecarga() throws Exception {
		Path v1 = version("v1", 10);
		Path v2 = version("v2", 20);
		Path actual = base.resolve("actual");
		Files.createSymbolicLink(actual, v1);
		MotorReglas motor = vigilar(actual);
		assertThat(motor.evaluar(dominio, 15).resultado()).isEqualTo("RECHAZADO");

		apuntar(actual, v2);

		esperar(() -> motor.evaluar(dominio, 15).resultado().equals("ACEPTADO"));
	}

	@Test
	void unConfigMapQueCambiaSuEnlaceDataSeRecarga() throws Exception {
		// Como monta Kubernetes un ConfigMap: rules/prueba -> ..data/prueba, y ..data -> ..<fecha> se cambia de una vez.
		Path montaje = Files.createDirectories(base.resolve("montaje"));
		Path primera = version("montaje/..2026_12_01_10_00_00.1", 10);
		Files.createSymbolicLink(montaje.resolve("..data"), primera.getFileName());
		Files.createSymbolicLink(montaje.resolve("prueba"), Path.of("..data/prueba"));
		MotorReglas motor = vigilar(montaje);
		String version = motor.activo().version();

		Path segunda = version("montaje/..2026_12_01_10_05_00.2", 20);
		apuntar(montaje.resolve("..data"), segunda.getFileName());

		esperar(() -> !motor.activo().version().equals(version));
		assertThat(motor.evaluar(dominio, 15).resultado()).isEqualTo("ACEPTADO");
	}

	private Path version(String nombre, int umbral) throws IOException {
		Path carpeta = Files.createDirectories(base.resolve(nombre));
		ReglasDePrueba.escribir(carpeta);
		ReglasDePrueba.escribir(carpeta, "umbral.csv", "umbral\n" + umbral + "\n");
		return carpeta;
	}

	private MotorReglas vigilar(Path directorio) {
		PropiedadesReglas propiedades = new PropiedadesReglas(directorio, true, Duration.ofMillis(50), Duration.ofMillis(200),
				"America/Bogota", true, ModeloReglas.MVEL);
		MotorReglas motor = new MotorReglas(propiedades, List.of(dominio), Optional.empty(), evento -> {
		});
		vigilante = new VigilanteReglas(motor, propiedades);
		vigilante.start();
		return motor;
	}

	/** Cambia el destino de un enlace de una vez, como {@code ln -sfn}: uno nuevo que reemplaza al viejo. */
	private static void apuntar(Path enlace, Path destino) throws IOException {
		Path nuevo = enlace.resolveSibling(enlace.getFileName() + ".nuevo");
		Files.createSymbolicLink(nuevo, destino);
		Files.move(nuevo, enlace, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void esperar(BooleanSupplier condicion) throws InterruptedException {
		Instant limite = Instant.now().plus(Duration.ofSeconds(15));
		while (!condicion.getAsBoolean()) {
			assertThat(Instant.now()).as("el vigilante recargó a tiempo").isBefore(limite);
			Thread.sleep(50);
		}
	}

}
