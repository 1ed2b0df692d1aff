package co.auditoria.decisiones.simulacion;

import java.util.List;

import co.auditoria.decisiones.engine.ErrorCampo;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Un caso decidido con las reglas activas ({@code antes}) y con las candidatas ({@code despues}), con su origen y su
 * identificador. Un caso inválido (400 con unas y otras: la validación no depende de las reglas) trae sus
 * {@code errores} y ningún desenlace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CasoComparado(String origen, String nombre, String identificador, Desenlace antes, Desenlace despues,
		List<ErrorCampo> errores) {

	static CasoComparado invalido(CasoSimulado caso, String identificador, List<ErrorCampo> errores) {
		return new CasoComparado(caso.origen(), caso.nombre(), identificador, null, null, errores);
	}

	@JsonIgnore
	public boolean esInvalido() {
		return antes == null;
	}

	@JsonIgnore
	public boolean cambia() {
		return !esInvalido() && !antes.igualA(despues);
	}

}
