package co.auditoria.decisiones.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Los ConfigMaps de reglas como los crea {@code src/ops/kubernetes/reglas.sh} ({@code kubectl create configmap
 * reglas-<dominio> --from-file=rules/<dominio>/}: una clave por archivo regular de la carpeta, con su contenido) y
 * las reglas con que el servidor de la API de Kubernetes los rechazaría.
 */
final class ConfigMapsReglas {

	/** Un nombre de recurso de Kubernetes (subdominio DNS, RFC 1123). */
	static final String NOMBRE_DNS = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

	/** Lo más que guarda un ConfigMap (datos más claves). */
	static final long MAXIMO = 1024 * 1024;

	private static final Path REGLAS = Path.of("rules");

	private ConfigMapsReglas() {
	}

	static List<String> dominios() throws IOException {
		try (Stream<Path> carpetas = Files.list(REGLAS)) {
			return carpetas.filter(Files::isDirectory).map(carpeta -> carpeta.getFileName().toString()).sorted().toList();
		}
	}

	static String nombre(String dominio) {
		return "reglas-" + dominio;
	}

	static ObjectNode comoKubectl(String dominio) throws IOException {
		ObjectNode mapa = JsonMapper.builder().build().createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
		mapa.putObject("metadata").put("name", nombre(dominio)).putObject("labels")
			.put("app.kubernetes.io/name", "decisiones").put("app.kubernetes.io/component", "reglas");
		ObjectNode datos = mapa.putObject("data");
		try (Stream<Path> archivos = Files.list(REGLAS.resolve(dominio))) {
			for (Path archivo : archivos.filter(Files::isRegularFile).sorted().toList()) {
				datos.put(archivo.getFileName().toString(), utf8(archivo));
			}
		}
		return mapa;
	}

	static void validar(HasMetadata recurso) {
		ConfigMap mapa = (ConfigMap) recurso;
		String nombre = mapa.getMetadata().getName();
		assertThat(nombre).matches(NOMBRE_DNS).hasSizeLessThanOrEqualTo(253);
		assertThat(mapa.getData()).as("%s tiene archivos", nombre).isNotEmpty();
		long tamano = 0;
		for (var entrada : mapa.getData().entrySet()) {
			assertThat(entrada.getKey()).as("clave de %s", nombre).matches("[-._a-zA-Z0-9]+").doesNotStartWith("..")
				.hasSizeLessThanOrEqualTo(253);
			tamano += entrada.getKey().length() + entrada.getValue().getBytes(StandardCharsets.UTF_8).length;
		}
		// Con margen: que un dominio no se quede sin lugar por el próximo catálogo.
		assertThat(tamano).as("bytes de %s (máximo de un ConfigMap: 1 MiB)", nombre).isLessThan(MAXIMO / 2);
	}

	/** El motor lee las reglas como UTF-8; kubectl pondría un archivo que no lo es en binaryData, que no es texto. */
	private static String utf8(Path archivo) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(archivo))).toString();
		}
		catch (CharacterCodingException ex) {
			throw new AssertionError(archivo + " no es UTF-8", ex);
		}
	}

}
