package co.auditoria.decisiones.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import co.auditoria.decisiones.engine.Evaluacion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Una línea JSON por decisión en el logger {@code AUDITORIA} ({@code spec/api.md}, "Auditoría"). Sin
 * datos personales: del caso solo queda un hash de su identificador para poder correlacionar.
 */
@Component
class RegistroAuditoria {

	private static final Logger auditoria = LoggerFactory.getLogger("AUDITORIA");

	/** Buscar el algoritmo en cada decisión era una décima parte del costo de auditarla. */
	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private final ObjectMapper json;

	RegistroAuditoria(ObjectMapper json) {
		this.json = json;
	}

	void registrar(Decision<?> decision, String referencia, long nanos) {
		if (!auditoria.isInfoEnabled()) {
			return;
		}
		auditoria.info(json.writeValueAsString(new Linea(decision.idDecision(), decision.dominio(),
				decision.versionReglas(), hash(referencia), decision.resultado(),
				decision.causales().stream().map(Evaluacion.CausalAplicada::codigo).toList(),
				decision.reglasAplicadas(), nanos / 1_000_000.0, decision.evaluadoEn().toString())));
	}

	/** Los campos en el orden de {@code spec/api.md}. */
	record Linea(String idDecision, String dominio, String versionReglas, String referenciaHash, String resultado,
			List<String> causales, List<String> reglasAplicadas, double duracionMs, String evaluadoEn) {
	}

	private static String hash(String referencia) {
		if (referencia == null) {
			return null;
		}
		MessageDigest sha256 = SHA_256.get();
		byte[] huella = sha256.digest(referencia.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(huella, 0, 8);
	}

}
