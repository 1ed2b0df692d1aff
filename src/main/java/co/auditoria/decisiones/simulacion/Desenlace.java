package co.auditoria.decisiones.simulacion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.Accion;
import co.auditoria.decisiones.engine.Evaluacion;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Cómo quedó un caso con unas reglas: resultado, causales, acciones (tipo y plazo), campos de dinero y reglas que
 * dispararon. Si las reglas fallaron con el caso (una candidata con un error que la activa no tiene), el resultado
 * es {@link #ERROR} y {@code error} dice qué pasó.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Desenlace(String resultado, List<String> causales, List<AccionSimulada> acciones,
		Map<String, BigDecimal> dinero, List<String> reglasAplicadas, String error) {

	public static final String ERROR = "(error)";

	static Desenlace de(Evaluacion evaluacion, Map<String, BigDecimal> dinero) {
		return new Desenlace(evaluacion.resultado(), evaluacion.codigosCausales(),
				evaluacion.acciones().stream().map(AccionSimulada::de).toList(), dinero, evaluacion.reglasAplicadas(), null);
	}

	static Desenlace fallido(RuntimeException ex) {
		// Solo la clase: el mensaje puede repetir valores del caso.
		return new Desenlace(ERROR, List.of(), List.of(), Map.of(), List.of(), "las reglas fallaron: " + ex.getClass().getSimpleName());
	}

	/** Lo que cambia el caso para quien lo vive: resultado, causales, acciones o dinero (no qué reglas lo explican). */
	boolean igualA(Desenlace otro) {
		return resultado.equals(otro.resultado) && causales.equals(otro.causales)
				&& acciones.stream().sorted().toList().equals(otro.acciones.stream().sorted().toList())
				&& mismoDinero(otro);
	}

	private boolean mismoDinero(Desenlace otro) {
		if (!dinero.keySet().equals(otro.dinero.keySet())) {
			return false;
		}
		return dinero.entrySet().stream().allMatch(valor -> valor.getValue().compareTo(otro.dinero.get(valor.getKey())) == 0);
	}

	/** Una acción por su tipo y su plazo; el motivo es texto y no cambia lo que hay que hacer. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record AccionSimulada(String tipo, LocalDate fechaLimite, LocalDateTime fechaHoraLimite)
			implements Comparable<AccionSimulada> {

		static AccionSimulada de(Accion accion) {
			return new AccionSimulada(accion.tipo(), accion.fechaLimite(), accion.fechaHoraLimite());
		}

		/** Por tipo y plazo, para comparar las acciones sin importar su orden (sin armar textos en cada caso). */
		private static final Comparator<AccionSimulada> ORDEN = Comparator.comparing(AccionSimulada::tipo,
				Comparator.nullsFirst(Comparator.<String>naturalOrder()))
			.thenComparing(AccionSimulada::fechaLimite, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
			.thenComparing(AccionSimulada::fechaHoraLimite, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()));

		@Override
		public int compareTo(AccionSimulada otra) {
			return ORDEN.compare(this, otra);
		}

	}

}
