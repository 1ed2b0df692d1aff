package co.auditoria.decisiones.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import co.auditoria.decisiones.engine.ErrorRegla;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.RecargaRechazada;
import co.auditoria.decisiones.engine.ReglasActivadas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * El registro de auditoría ({@code spec/api.md}, "Auditoría"): una línea JSON en el logger {@code AUDITORIA} por
 * cada decisión, con quién la pidió (el nombre del sistema cliente, nunca la clave), y por cada activación o
 * recarga rechazada de reglas, con quién, las versiones y los archivos cambiados.
 *
 * <p>Sin datos personales: del caso queda solo {@code referenciaHash}, un HMAC-SHA-256 del identificador con el
 * secreto {@code auditoria.secreto}. Sin el secreto no se puede recalcular desde un identificador adivinado (un
 * SHA-256 sin clave sí: {@code printf %s IT-ZACARIAS-79111222333 | sha256sum}). Con el mismo secreto, el mismo
 * caso da el mismo hash y se puede correlacionar; sin secreto configurado se usa uno al azar por arranque.
 */
@Component
class RegistroAuditoria {

	private static final Logger auditoria = LoggerFactory.getLogger("AUDITORIA");

	private static final Logger log = LoggerFactory.getLogger(RegistroAuditoria.class);

	private final ObjectMapper json;

	/** El escritor de la línea de cada decisión, resuelto una vez y no en cada decisión. */
	private final ObjectWriter lineaDecision;

	/** Un {@link Mac} por hilo: crearlo en cada decisión costaba; no es seguro compartirlo entre hilos. */
	private final ThreadLocal<Mac> hmac;

	RegistroAuditoria(ObjectMapper json, @Value("${auditoria.secreto:}") String secreto, Environment entorno) {
		this.json = json;
		this.lineaDecision = json.writerFor(LineaDecision.class);
		if (Arrays.asList(entorno.getActiveProfiles()).contains("prod") && secreto.length() < 32) {
			throw new IllegalStateException("El perfil prod exige auditoria.secreto (variable AUDITORIA_SECRETO) de al menos "
					+ "32 caracteres: sin él, referenciaHash no se podría correlacionar o se podría recalcular");
		}
		byte[] clave = secreto.isBlank() ? aleatoria() : secreto.getBytes(StandardCharsets.UTF_8);
		if (secreto.isBlank()) {
			log.warn("auditoria.secreto no está configurado: referenciaHash usa un secreto al azar de este arranque y no se "
					+ "podrá correlacionar entre reinicios. El perfil prod lo exige.");
		}
		SecretKeySpec llave = new SecretKeySpec(clave, "HmacSHA256");
		this.hmac = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(llave);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	void registrar(Decision<?> decision, String referencia, String cliente, long nanos) {
		if (!auditoria.isInfoEnabled()) {
			return;
		}
		auditoria.info(lineaDecision.writeValueAsString(new LineaDecision(decision.idDecision(), decision.dominio(),
				decision.versionReglas(), referenciaHash(referencia), decision.resultado(),
				decision.causales().stream().map(Evaluacion.CausalAplicada::codigo).toList(), decision.reglasAplicadas(),
				nanos / 1_000_000.0, decision.evaluadoEn().toString(), cliente)));
	}

	@EventListener
	void activadas(ReglasActivadas activacion) {
		auditoria.info(json.writeValueAsString(new LineaActivacion("reglas_activadas", activacion.quien(),
				activacion.versionAnterior(), activacion.versionNueva(), activacion.versionesPorDominio(),
				activacion.archivosCambiados(), null, activacion.cuando().toString())));
	}

	@EventListener
	void rechazada(RecargaRechazada rechazo) {
		auditoria.info(json.writeValueAsString(new LineaActivacion("recarga_rechazada", rechazo.quien(), rechazo.versionActiva(),
				null, null, null, rechazo.errores().stream().map(ErrorRegla::toString).toList(), rechazo.cuando().toString())));
	}

	/** Los campos en el orden de {@code spec/api.md}, más quién pidió la decisión. */
	record LineaDecision(String idDecision, String dominio, String versionReglas, String referenciaHash, String resultado,
			List<String> causales, List<String> reglasAplicadas, double duracionMs, String evaluadoEn, String cliente) {
	}

	/** Una activación o una recarga rechazada: quién, de qué versión a cuál, y qué archivos cambiaron. */
	record LineaActivacion(String evento, String quien, String versionAnterior, String versionNueva,
			Map<String, String> versionesPorDominio, List<String> archivosCambiados, List<String> errores, String cuando) {
	}

	/** Los primeros 16 dígitos hexadecimales del HMAC-SHA-256 del identificador, o {@code null} sin identificador. */
	String referenciaHash(String referencia) {
		if (referencia == null) {
			return null;
		}
		return HexFormat.of().formatHex(hmac.get().doFinal(referencia.getBytes(StandardCharsets.UTF_8)), 0, 8);
	}

	private static byte[] aleatoria() {
		byte[] clave = new byte[32];
		new SecureRandom().nextBytes(clave);
		return clave;
	}

}
