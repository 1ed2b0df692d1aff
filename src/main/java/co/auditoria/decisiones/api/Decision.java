package co.auditoria.decisiones.api;

import java.time.Instant;
import java.util.List;

import co.auditoria.decisiones.engine.Accion;
import co.auditoria.decisiones.engine.Evaluacion;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * La respuesta de todo dominio ({@code spec/api.md}): el sobre común y, al mismo nivel, los campos propios
 * del dominio, que son su registro de respuesta {@code R}.
 *
 * @param <R> el registro de respuesta del dominio
 */
@JsonPropertyOrder({ "idDecision", "dominio", "versionReglas", "resultado", "causales", "acciones",
		"reglasAplicadas", "evaluadoEn" })
public record Decision<R>(String idDecision, String dominio, String versionReglas, String resultado,
		List<Evaluacion.CausalAplicada> causales, List<Accion> acciones, List<String> reglasAplicadas,
		Instant evaluadoEn, @JsonUnwrapped R propios) {

	static <R> Decision<R> de(String idDecision, Evaluacion evaluacion, Instant evaluadoEn, R propios) {
		return new Decision<>(idDecision, evaluacion.dominio(), evaluacion.versionReglas(), evaluacion.resultado(),
				evaluacion.causales(), evaluacion.acciones(), evaluacion.reglasAplicadas(), evaluadoEn, propios);
	}

}
