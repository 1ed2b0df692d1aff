package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import co.auditoria.decisiones.engine.Evaluacion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** La línea de auditoría: los campos de api.md y ningún dato personal en claro. */
class RegistroAuditoriaTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Logger auditoria = (Logger) LoggerFactory.getLogger("AUDITORIA");

	private final ListAppender<ILoggingEvent> lineas = new ListAppender<>();

	@BeforeEach
	void capturar() {
		lineas.start();
		auditoria.addAppender(lineas);
		auditoria.setLevel(ch.qos.logback.classic.Level.INFO);
	}

	@AfterEach
	void soltar() {
		auditoria.detachAppender(lineas);
	}

	@Test
	void registraUnaLineaJsonSinElIdentificadorEnClaro() {
		Evaluacion evaluacion = new Evaluacion("incapacidades", "3f1c2a9d07be", "OBJETADA",
				List.of(new Evaluacion.CausalAplicada("IT_ENMENDADURAS", "Enmendaduras", "ADMINISTRATIVA")), List.of(),
				List.of("IT - enmendaduras"), List.of());
		Decision<Map<String, String>> decision = Decision.de("id-1", evaluacion, Instant.parse("2026-03-02T14:03:11Z"),
				Map.of("nombre", "Luis Gómez"));

		new RegistroAuditoria(JSON).registrar(decision, "1010101010", 2_500_000);

		assertThat(lineas.list).hasSize(1);
		String linea = lineas.list.get(0).getFormattedMessage();
		JsonNode json = JSON.readTree(linea);
		assertThat(json.path("idDecision").asString()).isEqualTo("id-1");
		assertThat(json.path("dominio").asString()).isEqualTo("incapacidades");
		assertThat(json.path("versionReglas").asString()).isEqualTo("3f1c2a9d07be");
		assertThat(json.path("resultado").asString()).isEqualTo("OBJETADA");
		assertThat(json.path("causales").get(0).asString()).isEqualTo("IT_ENMENDADURAS");
		assertThat(json.path("reglasAplicadas").get(0).asString()).isEqualTo("IT - enmendaduras");
		assertThat(json.path("duracionMs").asDouble()).isEqualTo(2.5);
		assertThat(json.path("referenciaHash").asString()).hasSize(16);
		assertThat(linea).doesNotContain("1010101010").doesNotContain("Luis");
	}

}
