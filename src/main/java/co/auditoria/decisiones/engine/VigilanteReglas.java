package co.auditoria.decisiones.engine;

import java.io.IOException;
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
 * Recarga las reglas cuando un analista guarda un archivo en el directorio de reglas. Espera a que
 * cesen los cambios ({@code reglas.espera-vigilancia}) para no compilar un archivo a medio escribir; si
 * lo nuevo no compila, lo registra y siguen las reglas activas.
 */
@Component
@ConditionalOnProperty(name = "reglas.vigilar", havingValue = "true", matchIfMissing = true)
class VigilanteReglas implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(VigilanteReglas.class);

	private final MotorReglas motor;

	private final PropiedadesReglas propiedades;

	private volatile WatchService vigilancia;

	private volatile Thread hilo;

	VigilanteReglas(MotorReglas motor, PropiedadesReglas propiedades) {
		this.motor = motor;
		this.propiedades = propiedades;
	}

	@Override
	public void start() {
		Path raiz = propiedades.directorio().toAbsolutePath().normalize();
		try {
			vigilancia = FileSystems.getDefault().newWatchService();
			try (Stream<Path> carpetas = Files.walk(raiz, 1)) {
				for (Path carpeta : carpetas.filter(Files::isDirectory).toList()) {
					carpeta.register(vigilancia, StandardWatchEventKinds.ENTRY_CREATE,
							StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
				}
			}
		}
		catch (IOException ex) {
			log.warn("No se vigila {}: {}; use POST /api/v1/reglas/recargar", raiz, ex.getMessage());
			return;
		}
		Thread vigilante = new Thread(this::vigilar, "vigilante-reglas");
		vigilante.setDaemon(true);
		vigilante.start();
		hilo = vigilante;
		log.info("Vigilando cambios en {}", raiz);
	}

	private void vigilar() {
		long espera = propiedades.esperaVigilancia().toMillis();
		try {
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey clave = vigilancia.take();
				boolean cambio = descartarEventos(clave);
				// Un guardado produce varios eventos seguidos: se recarga cuando pasa la espera sin más.
				WatchKey siguiente;
				while ((siguiente = vigilancia.poll(espera, TimeUnit.MILLISECONDS)) != null) {
					cambio |= descartarEventos(siguiente);
				}
				if (cambio) {
					recargar();
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean descartarEventos(WatchKey clave) {
		boolean relevante = clave.pollEvents().stream().anyMatch(evento -> {
			String nombre = String.valueOf(evento.context());
			return nombre.endsWith(".drl") || nombre.endsWith(".csv");
		});
		clave.reset();
		return relevante;
	}

	private void recargar() {
		try {
			motor.recargar();
		}
		catch (ReglasInvalidasException ex) {
			// MotorReglas ya registró los errores con archivo y línea.
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
