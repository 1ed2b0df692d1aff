package co.auditoria.decisiones.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Los archivos de un dominio tal como están en disco ({@code <dominio>/*.drl}, tablas de decisión
 * {@code *.tabla.csv} y catálogos {@code *.csv}), por su ruta relativa, y su huella: la {@code versionReglas}
 * del dominio, que cambia si y solo si cambia el contenido.
 */
record FuentesDominio(String dominio, Map<String, String> archivos, String version) {

	static final String DRL = ".drl";

	static final String TABLA = ".tabla.csv";

	static final String CSV = ".csv";

	static FuentesDominio leer(Path directorio, String dominio) {
		Path carpeta = directorio.resolve(dominio);
		if (!Files.isDirectory(carpeta)) {
			throw new UncheckedIOException(new IOException("no existe el directorio " + carpeta));
		}
		try (Stream<Path> rutas = Files.list(carpeta)) {
			Map<String, String> archivos = new TreeMap<>();
			for (Path ruta : rutas.sorted().toList()) {
				String nombre = ruta.getFileName().toString();
				if (Files.isRegularFile(ruta) && (nombre.endsWith(DRL) || nombre.endsWith(CSV))) {
					archivos.put(dominio + "/" + nombre, Files.readString(ruta, StandardCharsets.UTF_8));
				}
			}
			return new FuentesDominio(dominio, archivos, huella(archivos));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Los archivos de un dominio tomados de un conjunto en memoria (una candidata, una versión archivada), por su
	 * ruta relativa {@code <dominio>/<archivo>}: los mismos que se leerían del disco, con la misma huella.
	 */
	static FuentesDominio de(String dominio, Map<String, String> todos) {
		Map<String, String> archivos = new TreeMap<>();
		todos.forEach((ruta, contenido) -> {
			if (esDelDominio(ruta, dominio)) {
				archivos.put(ruta, contenido);
			}
		});
		return new FuentesDominio(dominio, archivos, huella(archivos));
	}

	/** Una ruta {@code <dominio>/<archivo>.drl} o {@code .csv}, sin subcarpetas: lo único que el compilador lee. */
	static boolean esDelDominio(String ruta, String dominio) {
		String nombre = ruta.startsWith(dominio + "/") ? ruta.substring(dominio.length() + 1) : "";
		return !nombre.isEmpty() && !nombre.contains("/")
				&& (nombre.endsWith(DRL) || nombre.endsWith(CSV));
	}

	Map<String, String> drl() {
		return filtrar(DRL);
	}

	Map<String, String> tablas() {
		return filtrar(TABLA);
	}

	/** Los catálogos: los CSV que no son tablas de decisión. */
	Map<String, String> catalogos() {
		Map<String, String> catalogos = filtrar(CSV);
		catalogos.keySet().removeIf(archivo -> archivo.endsWith(TABLA));
		return catalogos;
	}

	private Map<String, String> filtrar(String extension) {
		Map<String, String> filtrados = new LinkedHashMap<>();
		archivos.forEach((archivo, contenido) -> {
			if (archivo.endsWith(extension)) {
				filtrados.put(archivo, contenido);
			}
		});
		return filtrados;
	}

	/** SHA-256 de nombres y contenidos, abreviado a 12 caracteres. */
	static String huella(Map<String, String> contenidos) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			contenidos.forEach((nombre, contenido) -> {
				sha.update(nombre.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(contenido.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			});
			return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
