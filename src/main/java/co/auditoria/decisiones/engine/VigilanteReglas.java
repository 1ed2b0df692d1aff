package co.auditoria.decisiones.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Recarga las reglas cuando cambia el directorio de reglas. Cualquier evento (un analista que guarda un
 * archivo, un ConfigMap de Kubernetes que cambia su enlace {@code ..data}, un {@code ln -sfn} que apunta el
 * directorio a otra versión) y, además, un sondeo periódico llevan a comparar la huella del contenido con la
 * activa: decide el contenido, no el nombre del archivo que cambió. Espera a que cesen los eventos
 * ({@code reglas.espera-vigilancia}) para no compilar un archivo a medio escribir; si lo nuevo no compila, lo
 * registra y siguen las reglas activas.
 */
@Component
@ConditionalOnProperty(name = "reglas.vigilar", havingValue = "true", matchIfMissing = true)
class VigilanteReglas implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(VigilanteReglas.class);

	/** Quién activa las reglas en los eventos de activación cuando las recarga el vigilante. */
	static final String QUIEN = "vigilante";

	private final MotorReglas motor;

	private final PropiedadesReglas propiedades;

	private volatile WatchService vigilancia;

	private volatile Thread hilo;

	/** A qué directorio real apunta hoy {@code reglas.directorio}; si cambia, se vuelve a registrar. */
	private Path destino;

	VigilanteReglas(MotorReglas motor, PropiedadesReglas propiedades) {
		this.motor = motor;
		this.propiedades = propiedades;
	}

	@Override
	public void start() {
		try {
			vigilancia = FileSystems.getDefault().newWatchService();
			registrar();
		}
		catch (IOException ex) {
			log.warn("No se vigila {}: {}; use POST /api/v1/reglas/recargar", raiz(), ex.getMessage());
			return;
		}
		Thread vigilante = new Thread(this::vigilar, "vigilante-reglas");
		vigilante.setDaemon(true);
		vigilante.start();
		hilo = vigilante;
		log.info("Vigilando cambios en {}", raiz());
	}

	private Path raiz() {
		return propiedades.directorio().toAbsolutePath().normalize();
	}

	/** La raíz, sus carpetas de dominio (y las que haya dentro, como las de un ConfigMap) y la carpeta que la contiene. */
	private void registrar() throws IOException {
		Path raiz = raiz();
		destino = raiz.toRealPath();
		if (raiz.getParent() != null) {
			registrar(raiz.getParent());
		}
		try (Stream<Path> carpetas = Files.walk(raiz, 2)) {
			for (Path carpeta : carpetas.filter(Files::isDirectory).toList()) {
				registrar(carpeta);
			}
		}
	}

	private void registrar(Path carpeta) throws IOException {
		carpeta.register(vigilancia, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
				StandardWatchEventKinds.ENTRY_DELETE);
	}

	private void vigilar() {
		long espera = propiedades.esperaVigilancia().toMillis();
		long sondeo = Math.max(espera, propiedades.sondeoVigilancia().toMillis());
		try {
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey clave = vigilancia.poll(sondeo, TimeUnit.MILLISECONDS);
				if (clave != null) {
					descartarEventos(clave);
					// Un guardado produce varios eventos seguidos: se mira el contenido cuando pasa la espera sin más.
					WatchKey siguiente;
					while ((siguiente = vigilancia.poll(espera, TimeUnit.MILLISECONDS)) != null) {
						descartarEventos(siguiente);
					}
				}
				revisar();
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void descartarEventos(WatchKey clave) {
		clave.pollEvents();
		clave.reset();
	}

	private void revisar() {
		try {
			if (!raiz().toRealPath().equals(destino)) {
				log.info("{} apunta ahora a otro directorio; se vigila el nuevo", raiz());
				registrar();
			}
			motor.recargarSiCambio(QUIEN);
		}
		catch (IOException | UncheckedIOException ex) {
			// A mitad de un cambio de ConfigMap el directorio puede no estar completo: se reintenta en el siguiente sondeo.
			log.debug("El directorio de reglas no se pudo leer ahora", ex);
		}
		catch (RuntimeException ex) {
			log.error("Falló la recarga automática; siguen activas las reglas anteriores", ex);
		}
	}

	@Override
	public void stop() {
		Thread actual = hilo;
		if (actual != null) {
			actual.interrupt();
		}
		try {
			if (vigilancia != null) {
				vigilancia.close();
			}
		}
		catch (IOException ex) {
			log.debug("Cerrando la vigilancia", ex);
		}
		hilo = null;
	}

	@Override
	public boolean isRunning() {
		return hilo != null;
	}

}
