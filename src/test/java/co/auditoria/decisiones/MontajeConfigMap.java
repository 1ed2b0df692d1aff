package co.auditoria.decisiones;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Un ConfigMap montado como lo escribe el kubelet (su {@code AtomicWriter}): los archivos en una carpeta con fecha
 * {@code ..<fecha>}, el enlace {@code ..data} a ella y un enlace {@code archivo -> ..data/archivo} por clave. Un
 * cambio escribe otra carpeta con fecha y reemplaza {@code ..data} de una vez (un {@code rename} de otro enlace): quien
 * lee ve el contenido viejo o el nuevo, nunca una mezcla.
 */
final class MontajeConfigMap {

	private static final AtomicInteger VERSIONES = new AtomicInteger();

	private MontajeConfigMap() {
	}

	/** Monta o actualiza el ConfigMap en {@code montaje} con estos archivos (nombre y contenido). */
	static void escribir(Path montaje, Map<String, String> archivos) throws IOException {
		Files.createDirectories(montaje);
		Path datos = montaje.resolve("..data");
		Path anterior = Files.isSymbolicLink(datos) ? montaje.resolve(Files.readSymbolicLink(datos)) : null;
		Path version = montaje.resolve("..2026_12_02_00_00_00." + VERSIONES.incrementAndGet());
		Files.createDirectory(version);
		for (Map.Entry<String, String> archivo : archivos.entrySet()) {
			Files.writeString(version.resolve(archivo.getKey()), archivo.getValue());
		}
		Path temporal = montaje.resolve("..data_tmp");
		Files.createSymbolicLink(temporal, version.getFileName());
		Files.move(temporal, datos, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		for (String nombre : archivos.keySet()) {
			Path enlace = montaje.resolve(nombre);
			if (!Files.isSymbolicLink(enlace)) {
				Files.createSymbolicLink(enlace, Path.of("..data", nombre));
			}
		}
		try (Stream<Path> presentes = Files.list(montaje)) {
			for (Path enlace : presentes.filter(Files::isSymbolicLink).toList()) {
				if (!enlace.getFileName().toString().startsWith("..") && !archivos.containsKey(enlace.getFileName().toString())) {
					Files.delete(enlace);
				}
			}
		}
		if (anterior != null) {
			FileSystemUtils.deleteRecursively(anterior);
		}
	}

	/** Los archivos regulares de una carpeta (lo que {@code kubectl create configmap --from-file} pone en el ConfigMap). */
	static Map<String, String> archivos(Path carpeta) throws IOException {
		try (Stream<Path> rutas = Files.list(carpeta)) {
			Map<String, String> archivos = new java.util.TreeMap<>();
			for (Path ruta : rutas.filter(Files::isRegularFile).toList()) {
				archivos.put(ruta.getFileName().toString(), Files.readString(ruta));
			}
			return archivos;
		}
	}

}
