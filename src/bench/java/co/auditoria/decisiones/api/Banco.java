package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * El servicio real sin HTTP ({@link ServicioCompartido}: reglas de {@code ./rules}, auditoría apagada) y la mezcla
 * de casos de un dominio: sus solicitudes de {@code examples/<dominio>/} (limpias, con una causal, con
 * varias), salvo las inválidas. Todos los benchmarks la reciben: añadir un dominio es añadir su nombre a
 * {@code dominio}.
 */
@State(Scope.Benchmark)
public class Banco {

	@Param({ "invalidez", "incapacidades", "glosas", "ges", "conciliacion", "reembolsos", "reclamaciones", "agendamiento", "concurrencia" })
	public String dominio;

	ConfigurableApplicationContext contexto;

	Decisor decisor;

	/** Los cuerpos tal como llegan por HTTP a {@code decide}. */
	List<byte[]> cuerpos;

	/** Los mismos casos como árbol, para armar lotes. */
	List<JsonNode> casos;

	@Setup(Level.Trial)
	public void arrancar() {
		contexto = ServicioCompartido.contexto();
		decisor = contexto.getBean(Decisor.class);
		ObjectMapper json = contexto.getBean(ObjectMapper.class);
		try (Stream<Path> archivos = Files.list(Path.of("examples", dominio))) {
			cuerpos = archivos.filter(archivo -> archivo.toString().endsWith(".json"))
				.filter(archivo -> !archivo.getFileName().toString().contains("invalida"))
				.sorted()
				.map(Banco::leer)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (cuerpos.isEmpty()) {
			throw new IllegalStateException("examples/" + dominio + " no tiene solicitudes válidas");
		}
		casos = cuerpos.stream().map(json::readTree).toList();
	}

	private static byte[] leer(Path archivo) {
		try {
			return Files.readAllBytes(archivo);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
