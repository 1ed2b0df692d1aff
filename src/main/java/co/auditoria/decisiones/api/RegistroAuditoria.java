package co.auditoria.decisiones.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

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

	private final ObjectMapper json;

	RegistroAuditoria(ObjectMapper json) {
		this.json = json;
	}

	void registrar(Decision decision, String referencia, long nanos) {
		if (!auditoria.isInfoEnabled()) {
			return;
		}
		Map<String, Object> linea = new LinkedHashMap<>();
		linea.put("idDecision", decision.getIdDecision());
		linea.put("dominio", decision.getDominio());
		linea.put("versionReglas", decision.getVersionReglas());
		linea.put("referenciaHash", hash(referencia));
		linea.put("resultado", decision.getResultado());
		linea.put("causales", decision.getCausales().stream().map(Evaluacion.CausalAplicada::codigo).toList());
		linea.put("reglasAplicadas", decision.getReglasAplicadas());
		linea.put("duracionMs", nanos / 1_000_000.0);
		linea.put("evaluadoEn", decision.getEvaluadoEn().toString());
		auditoria.info(json.writeValueAsString(linea));
	}

	private static String hash(String referencia) {
		if (referencia == null) {
			return null;
		}
		try {
			byte[] huella = MessageDigest.getInstance("SHA-256").digest(referencia.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(huella, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
