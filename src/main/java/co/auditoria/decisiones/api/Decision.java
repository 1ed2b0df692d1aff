package co.auditoria.decisiones.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.Accion;
import co.auditoria.decisiones.engine.Evaluacion;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * La respuesta común de todo dominio ({@code spec/api.md}): el sobre más los campos propios del dominio,
 * que se serializan al mismo nivel.
 */
@JsonPropertyOrder({ "idDecision", "dominio", "versionReglas", "resultado", "causales", "acciones",
		"reglasAplicadas", "evaluadoEn" })
public final class Decision {

	private final String idDecision;

	private final Evaluacion evaluacion;

	private final String resultado;

	private final Instant evaluadoEn;

	private final Map<String, Object> camposPropios;

	Decision(String idDecision, Evaluacion evaluacion, String resultado, Instant evaluadoEn,
			Map<String, Object> camposPropios) {
		this.idDecision = idDecision;
		this.evaluacion = evaluacion;
		this.resultado = resultado;
		this.evaluadoEn = evaluadoEn;
		this.camposPropios = camposPropios;
	}

	public String getIdDecision() {
		return idDecision;
	}

	public String getDominio() {
		return evaluacion.dominio();
	}

	public String getVersionReglas() {
		return evaluacion.versionReglas();
	}

	public String getResultado() {
		return resultado;
	}

	public List<Evaluacion.CausalAplicada> getCausales() {
		return evaluacion.causales();
	}

	public List<Accion> getAcciones() {
		return evaluacion.acciones();
	}

	public List<String> getReglasAplicadas() {
		return evaluacion.reglasAplicadas();
	}

	public Instant getEvaluadoEn() {
		return evaluadoEn;
	}

	@JsonAnyGetter
	public Map<String, Object> getCamposPropios() {
		return camposPropios;
	}

}
