package co.auditoria.decisiones.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escribe en el directorio de reglas los archivos de unos dominios (una reversión, una candidata que se publica),
 * cada carpeta de dominio reemplazada de una vez: la nueva se escribe entera al lado, oculta
 * ({@code .glosas.nueva-<id>}), y dos renombres en el mismo disco la cambian por la anterior, que se guarda como
 * {@code .glosas.anterior-<id>} hasta que la recarga compile. Así nadie lee nunca una carpeta a medio escribir.
 *
 * <p>Si el proceso muere en medio, {@link #recuperar} (al arrancar, antes de compilar) deja el directorio como
 * estaba antes de la operación, salvo que la recarga ya se hubiera confirmado con la marca {@code .confirmada-<id>}.
 */
final class EscrituraDirectorio {

	private static final Logger log = LoggerFactory.getLogger(EscrituraDirectorio.class);

	private static final String NUEVA = ".nueva-";

	private static final String ANTERIOR = ".anterior-";

	private static final String CONFIRMADA = ".confirmada-";

	private final Path raiz;

	private final String id = UUID.randomUUID().toString().substring(0, 8);

	/** Dominio → su carpeta anterior, guardada hasta confirmar o deshacer. */
	private final Map<String, Path> anteriores = new LinkedHashMap<>();

	EscrituraDirectorio(Path raiz) {
		this.raiz = raiz;
	}

	/**
	 * Cada dominio de {@code dominios} queda con exactamente sus archivos de {@code archivos} (rutas
	 * {@code <dominio>/<archivo>}); lo que no es regla ni catálogo en su carpeta (un README) se conserva.
	 */
	void escribir(Collection<String> dominios, Map<String, String> archivos) throws IOException {
		Map<String, Path> nuevas = new LinkedHashMap<>();
		try {
			for (String dominio : dominios) {
				Path nueva = raiz.resolve("." + dominio + NUEVA + id);
				nuevas.put(dominio, nueva);
				llenar(nueva, dominio, archivos);
			}
			for (Map.Entry<String, Path> nueva : nuevas.entrySet()) {
				Path actual = raiz.resolve(nueva.getKey());
				if (Files.exists(actual)) {
					Path anterior = raiz.resolve("." + nueva.getKey() + ANTERIOR + id);
					Files.move(actual, anterior, StandardCopyOption.ATOMIC_MOVE);
					anteriores.put(nueva.getKey(), anterior);
				}
				Files.move(nueva.getValue(), actual, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException ex) {
			deshacer();
			for (Path nueva : nuevas.values()) {
				borrar(nueva);
			}
			throw ex;
		}
	}

	private void llenar(Path nueva, String dominio, Map<String, String> archivos) throws IOException {
		Files.createDirectories(nueva);
		for (Map.Entry<String, String> archivo : archivos.entrySet()) {
			if (FuentesDominio.esDelDominio(archivo.getKey(), dominio)) {
				Files.writeString(nueva.resolve(archivo.getKey().substring(dominio.length() + 1)), archivo.getValue(),
						StandardCharsets.UTF_8);
			}
		}
		Path actual = raiz.resolve(dominio);
		if (Files.isDirectory(actual)) {
			try (Stream<Path> presentes = Files.list(actual)) {
				for (Path otro : presentes.filter(Files::isRegularFile).toList()) {
					if (!FuentesDominio.esDelDominio(dominio + "/" + otro.getFileName(), dominio)) {
						Files.copy(otro, nueva.resolve(otro.getFileName()));
					}
				}
			}
		}
	}

	/** La recarga compiló: se marca la operación como hecha y se borran las carpetas anteriores. */
	void confirmar() {
		Path marca = raiz.resolve(CONFIRMADA + id);
		try {
			Files.createFile(marca);
			for (Path anterior : anteriores.values()) {
				borrar(anterior);
			}
			Files.delete(marca);
		}
		catch (IOException ex) {
			log.warn("No se pudieron borrar las carpetas anteriores de {} ({}); se borran al arrancar", raiz, ex.getMessage());
		}
	}

	/** La recarga no compiló o falló la escritura: vuelven las carpetas anteriores. */
	void deshacer() throws IOException {
		for (Map.Entry<String, Path> anterior : anteriores.entrySet()) {
			restaurar(raiz.resolve(anterior.getKey()), anterior.getValue());
		}
		anteriores.clear();
	}

	private static void restaurar(Path actual, Path anterior) throws IOException {
		if (Files.exists(actual)) {
			Path descartada = actual.resolveSibling("." + actual.getFileName() + ".descartada-" + UUID.randomUUID());
			Files.move(actual, descartada, StandardCopyOption.ATOMIC_MOVE);
			borrar(descartada);
		}
		Files.move(anterior, actual, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Lo que dejó una operación interrumpida: si no llegó a confirmarse vuelven las carpetas anteriores (la recarga no
	 * ocurrió, o no terminó); si se confirmó, se borran. Las carpetas nuevas a medio escribir se borran siempre.
	 */
	static void recuperar(Path raiz) {
		if (!Files.isDirectory(raiz)) {
			return;
		}
		try (Stream<Path> hijos = Files.list(raiz)) {
			List<Path> restos = hijos.filter(hijo -> hijo.getFileName().toString().startsWith(".")).sorted().toList();
			for (Path resto : restos) {
				String nombre = resto.getFileName().toString();
				int anterior = nombre.lastIndexOf(ANTERIOR);
				if (anterior > 1) {
					String dominio = nombre.substring(1, anterior);
					if (Files.exists(raiz.resolve(CONFIRMADA + nombre.substring(anterior + ANTERIOR.length())))) {
						borrar(resto);
					}
					else {
						log.warn("Una escritura de reglas de {} quedó a medias: se restaura la carpeta anterior", dominio);
						restaurar(raiz.resolve(dominio), resto);
					}
				}
				else if (nombre.contains(NUEVA) || nombre.contains(".descartada-")) {
					borrar(resto);
				}
			}
			try (Stream<Path> marcas = Files.list(raiz)) {
				for (Path marca : marcas.filter(m -> m.getFileName().toString().startsWith(CONFIRMADA)).toList()) {
					Files.delete(marca);
				}
			}
		}
		catch (IOException ex) {
			log.warn("No se pudo revisar {} en busca de escrituras a medias: {}", raiz, ex.getMessage());
		}
	}

	private static void borrar(Path carpeta) throws IOException {
		if (!Files.exists(carpeta)) {
			return;
		}
		Files.walkFileTree(carpeta, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path archivo, BasicFileAttributes atributos) throws IOException {
				Files.delete(archivo);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
