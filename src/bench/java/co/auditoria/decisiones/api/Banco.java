package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import co.auditoria.decisiones.DecisionesApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * El servicio real sin HTTP (reglas de {@code ./rules}, auditoría apagada como en un benchmark) y la mezcla
 * de casos de un dominio: sus solicitudes de {@code examples/<dominio>/} (limpias, con una causal, con
 * varias), salvo las inválidas.
 */
final class Banco implements AutoCloseable {

	final ConfigurableApplicationContext contexto;

	final Decisor decisor;

	final List<JsonNode> casos;

	Banco(String dominio) {
		contexto = new SpringApplicationBuilder(DecisionesApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("reglas.vigilar=false", "logging.level.root=WARN", "logging.level.AUDITORIA=OFF")
			.run();
		decisor = contexto.getBean(Decisor.class);
		ObjectMapper json = contexto.getBean(ObjectMapper.class);
		try (Stream<Path> archivos = Files.list(Path.of("examples", dominio))) {
			casos = archivos.filter(archivo -> archivo.toString().endsWith(".json"))
				.filter(archivo -> !archivo.getFileName().toString().contains("invalida"))
				.sorted()
				.map(archivo -> json.readTree(archivo.toFile()))
				.filter(JsonNode::isObject)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (casos.isEmpty()) {
			throw new IllegalStateException("examples/" + dominio + " no tiene solicitudes válidas");
		}
	}

	@Override
	public void close() {
		contexto.close();
	}

}
