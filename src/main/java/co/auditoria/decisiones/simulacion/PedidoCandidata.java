package co.auditoria.decisiones.simulacion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.auditoria.decisiones.api.SolicitudInvalidaException;
import co.auditoria.decisiones.engine.ErrorCampo;
import org.springframework.web.multipart.MultipartFile;

/**
 * La candidata de una solicitud: los archivos enviados (multipart {@code archivos}, cada uno con su ruta
 * {@code <dominio>/<archivo>} como nombre, o solo {@code <archivo>} si la solicitud dice {@code dominio}) o, si no
 * hay, la copia del directorio de reglas que nombra {@code directorio}.
 */
final class PedidoCandidata {

	private PedidoCandidata() {
	}

	static Candidata leer(Candidatas candidatas, String directorio, List<MultipartFile> archivos, String dominio) {
		List<MultipartFile> enviados = archivos == null ? List.of() : archivos.stream().filter(archivo -> !archivo.isEmpty()).toList();
		if (!enviados.isEmpty()) {
			return candidatas.deArchivos(contenidos(enviados, dominio));
		}
		if (directorio != null && !directorio.isBlank()) {
			return candidatas.deDirectorio(directorio.strip());
		}
		throw new SolicitudInvalidaException("Falta la candidata", List.of(new ErrorCampo("archivos",
				"envíe los archivos de reglas que cambian (multipart 'archivos') o un 'directorio' del servidor con una copia de las reglas")));
	}

	private static Map<String, String> contenidos(List<MultipartFile> enviados, String dominio) {
		Map<String, String> contenidos = new TreeMap<>();
		List<ErrorCampo> errores = new ArrayList<>();
		for (MultipartFile archivo : enviados) {
			String nombre = archivo.getOriginalFilename() == null ? "" : archivo.getOriginalFilename().replace('\\', '/');
			String ruta = nombre.contains("/") || dominio == null ? nombre : dominio + "/" + nombre;
			try {
				contenidos.put(ruta, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(archivo.getBytes())).toString());
			}
			catch (CharacterCodingException ex) {
				errores.add(new ErrorCampo("archivos[" + ruta + "]", "no es texto UTF-8"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (!errores.isEmpty()) {
			throw new SolicitudInvalidaException("La candidata tiene archivos ilegibles", errores);
		}
		return contenidos;
	}

}
