package co.auditoria.decisiones.versiones;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import co.auditoria.decisiones.engine.CompiladorReglas;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasActivadas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Las versiones de reglas que estuvieron activas, en disco ({@code versiones.directorio}), para listarlas, compararlas,
 * revertir a una y reproducir decisiones pasadas:
 * <ul>
 * <li>{@code dominios/<dominio>/<versionReglas>.json}: los archivos de una versión de un dominio. El nombre es la
 * huella del contenido: se guarda una vez y al leerla se comprueba que la huella siga siendo esa.</li>
 * <li>{@code activaciones.jsonl}: una línea por activación ({@link Activacion}), la más reciente al final.</li>
 * </ul>
 * Se guardan las últimas {@code versiones.maximo} activaciones y las versiones de dominio que ellas usan. Archiva cada
 * {@link ReglasActivadas}: el arranque, las recargas, las reversiones y las candidatas publicadas. Solo en el servicio
 * web: el validador y el simulador sin servidor, y los benchmarks, no archivan.
 */
@Component
@ConditionalOnWebApplication
public class ArchivoVersiones {

	private static final Logger log = LoggerFactory.getLogger(ArchivoVersiones.class);

	/** Una {@code versionReglas}: así nunca se arma una ruta con lo que escribió alguien. */
	static final Pattern VERSION = Pattern.compile("[0-9a-f]{12}");

	private static final String ACTIVACIONES = "activaciones.jsonl";

	private final Path directorio;

	private final int maximo;

	private final MotorReglas motor;

	private final ObjectMapper json;

	ArchivoVersiones(PropiedadesVersiones propiedades, MotorReglas motor, ObjectMapper json) {
		this.directorio = propiedades.directorio().toAbsolutePath().normalize();
		this.maximo = Math.max(1, propiedades.maximo());
		this.motor = motor;
		this.json = json;
	}

	/** Se publica dentro de la recarga, así que el activo es todavía el recién activado. */
	@EventListener
	synchronized void activadas(ReglasActivadas activacion) {
		ConjuntoReglas activo = motor.activo();
		if (activo == null || !activo.version().equals(activacion.versionNueva())) {
			log.warn("La versión {} ya no es la activa al archivarla; se archivará la siguiente", activacion.versionNueva());
			return;
		}
		try {
			for (ReglasDeDominio reglas : activo.dominios().values()) {
				guardar(reglas.dominio(), reglas.version(), reglas.fuentes());
			}
			List<Activacion> todas = new ArrayList<>(leerActivaciones());
			Activacion ultima = todas.isEmpty() ? null : todas.get(todas.size() - 1);
			// Un reinicio con las mismas reglas no es una versión nueva: no empuja fuera del archivo a las de verdad.
			if (ultima != null && ultima.versionReglas().equals(activacion.versionNueva())
					&& MotorReglas.ARRANQUE.equals(activacion.quien())) {
				return;
			}
			todas.add(new Activacion(activacion.versionNueva(), activacion.versionesPorDominio(), activacion.quien(),
					activacion.cuando(), activacion.versionAnterior(), activacion.archivosCambiados()));
			escribirActivaciones(todas.subList(Math.max(0, todas.size() - maximo), todas.size()));
			podar(activo);
		}
		catch (IOException | UncheckedIOException | JacksonException ex) {
			// Las reglas ya están activas: no poder archivarlas no las desactiva, pero sin archivo no hay reversión a ellas.
			log.error("No se pudo archivar la versión {} en {}: {}", activacion.versionNueva(), directorio, ex.getMessage());
		}
	}

	/** Las activaciones archivadas, de la más reciente a la más antigua. */
	public synchronized List<Activacion> activaciones() {
		List<Activacion> todas = new ArrayList<>(leerActivaciones());
		Collections.reverse(todas);
		return todas;
	}

	/** La activación más reciente de un conjunto con esa {@code versionReglas}. */
	public Optional<Activacion> conjunto(String version) {
		return activaciones().stream().filter(activacion -> activacion.versionReglas().equals(version)).findFirst();
	}

	/** El dominio que tiene archivada esa versión, si alguno la tiene. */
	public Optional<String> dominioDe(String version) {
		if (!VERSION.matcher(version).matches() || !Files.isDirectory(directorio.resolve("dominios"))) {
			return Optional.empty();
		}
		try (Stream<Path> dominios = Files.list(directorio.resolve("dominios"))) {
			return dominios.filter(dominio -> Files.exists(dominio.resolve(version + ".json")))
				.map(dominio -> dominio.getFileName().toString())
				.findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Las versiones de dominio que nombra una {@code versionReglas}: todas las de un conjunto activado, o la de un
	 * dominio (la que lleva cada decisión).
	 */
	public Optional<Map<String, String>> resolver(String version) {
		Optional<Map<String, String>> conjunto = conjunto(version).map(Activacion::versionesPorDominio);
		return conjunto.isPresent() ? conjunto : dominioDe(version).map(dominio -> Map.of(dominio, version));
	}

	/** Los archivos de una versión archivada de un dominio, si está y su contenido sigue teniendo esa huella. */
	public synchronized Optional<Map<String, String>> archivos(String dominio, String version) {
		if (!VERSION.matcher(version).matches() || !dominio.matches("[a-z0-9-]+")) {
			return Optional.empty();
		}
		Path archivo = directorio.resolve("dominios").resolve(dominio).resolve(version + ".json");
		if (!Files.exists(archivo)) {
			return Optional.empty();
		}
		VersionDominio guardada = json.readValue(archivo.toFile(), VersionDominio.class);
		if (!CompiladorReglas.version(guardada.archivos()).equals(version)) {
			log.error("La versión archivada {} de {} fue modificada en disco; no se usa", version, dominio);
			return Optional.empty();
		}
		return Optional.of(guardada.archivos());
	}

	private void guardar(String dominio, String version, Map<String, String> archivos) throws IOException {
		Path carpeta = directorio.resolve("dominios").resolve(dominio);
		Path archivo = carpeta.resolve(version + ".json");
		if (!Files.exists(archivo)) {
			Files.createDirectories(carpeta);
			escribirAtomico(archivo, json.writeValueAsString(new VersionDominio(dominio, version, archivos)));
		}
	}

	private List<Activacion> leerActivaciones() {
		Path archivo = directorio.resolve(ACTIVACIONES);
		if (!Files.exists(archivo)) {
			return List.of();
		}
		try (Stream<String> lineas = Files.lines(archivo, StandardCharsets.UTF_8)) {
			return lineas.filter(linea -> !linea.isBlank()).map(linea -> json.readValue(linea, Activacion.class)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void escribirActivaciones(List<Activacion> activaciones) throws IOException {
		StringBuilder texto = new StringBuilder();
		for (Activacion activacion : activaciones) {
			texto.append(json.writeValueAsString(activacion)).append('\n');
		}
		Files.createDirectories(directorio);
		escribirAtomico(directorio.resolve(ACTIVACIONES), texto.toString());
	}

	/** Borra las versiones de dominio que ya no usa ninguna activación guardada ni el conjunto activo. */
	private void podar(ConjuntoReglas activo) throws IOException {
		Set<String> usadas = new HashSet<>();
		leerActivaciones().forEach(activacion -> activacion.versionesPorDominio()
			.forEach((dominio, version) -> usadas.add(dominio + "/" + version + ".json")));
		activo.dominios().values().forEach(reglas -> usadas.add(reglas.dominio() + "/" + reglas.version() + ".json"));
		Path dominios = directorio.resolve("dominios");
		try (Stream<Path> guardadas = Files.walk(dominios, 2)) {
			for (Path guardada : guardadas.filter(Files::isRegularFile).toList()) {
				if (!usadas.contains(dominios.relativize(guardada).toString().replace('\\', '/'))) {
					Files.delete(guardada);
				}
			}
		}
	}

	/** Escribe al lado y renombra: quien lee ve el archivo anterior o el nuevo entero, nunca uno a medias. */
	private static void escribirAtomico(Path archivo, String contenido) throws IOException {
		Path temporal = Files.createTempFile(archivo.getParent(), "." + archivo.getFileName(), ".tmp");
		Files.writeString(temporal, contenido, StandardCharsets.UTF_8);
		Files.move(temporal, archivo, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Lo que se guarda de una versión de un dominio. */
	record VersionDominio(String dominio, String version, Map<String, String> archivos) {
	}

}
