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
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** La línea de auditoría: los campos de api.md y ningún dato personal en claro. */
class RegistroAuditoriaTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SECRETO = "un-secreto-de-prueba-de-32-caracteres-o-mas";

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

		new RegistroAuditoria(JSON, SECRETO, new MockEnvironment()).registrar(decision, "1010101010", "facturacion", 2_500_000);

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
		assertThat(json.path("cliente").asString()).isEqualTo("facturacion");
		assertThat(linea).doesNotContain("1010101010").doesNotContain("Luis");
	}

	/**
	 * Quien adivina un identificador que contiene un documento no puede confirmar que está en la auditoría: sin el
	 * secreto, ningún campo de la línea sale de él (un SHA-256 sin clave sí se recalculaba con {@code sha256sum}).
	 */
	@Test
	void ningunCampoSeRecalculaDesdeUnIdentificadorAdivinadoSinElSecreto() throws Exception {
		String adivinado = "IT-ZACARIAS-79111222333";
		Evaluacion evaluacion = new Evaluacion("incapacidades", "3f1c2a9d07be", "APROBADA", List.of(), List.of(), List.of(),
				List.of());
		new RegistroAuditoria(JSON, SECRETO, new MockEnvironment())
			.registrar(Decision.de("id-2", evaluacion, Instant.parse("2026-03-02T14:03:11Z"), Map.of()), adivinado, "x", 1);

		JsonNode linea = JSON.readTree(lineas.list.get(0).getFormattedMessage());
		String sinClave = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
			.digest(adivinado.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		javax.crypto.Mac conOtroSecreto = javax.crypto.Mac.getInstance("HmacSHA256");
		conOtroSecreto.init(new javax.crypto.spec.SecretKeySpec("otro-secreto-de-al-menos-32-caracteres!".getBytes(), "HmacSHA256"));
		String otro = java.util.HexFormat.of().formatHex(conOtroSecreto.doFinal(adivinado.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		linea.properties().forEach(campo -> assertThat(campo.getValue().toString()).as(campo.getKey())
			.doesNotContain(sinClave.substring(0, 16)).doesNotContain(otro.substring(0, 16)).doesNotContain("79111222333"));
		assertThat(linea.path("referenciaHash").asString())
			.as("con el mismo secreto el mismo caso da el mismo hash: se puede correlacionar")
			.isEqualTo(new RegistroAuditoria(JSON, SECRETO, new MockEnvironment()).referenciaHash(adivinado));
	}

	@Test
	void elPerfilProdNoArrancaSinSecreto() {
		MockEnvironment prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RegistroAuditoria(JSON, "", prod))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("auditoria.secreto");
	}

}
