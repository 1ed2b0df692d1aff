package co.auditoria.decisiones.incapacidades;

import java.util.Map;
import java.util.TreeMap;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ResumenLote;

/**
 * Lo que el resumen de un lote de incapacidades añade: cuántas incapacidades tuvo cada causal, para ver dónde
 * se concentran las objeciones.
 */
final class ResumenIncapacidades implements ResumenLote<SolicitudIncapacidad, RespuestaIncapacidad> {

	/** @param porCausal cuántas incapacidades del lote tienen cada causal, por código */
	record Tablas(Map<String, Integer> porCausal) {
	}

	private final Map<String, Integer> porCausal = new TreeMap<>();

	@Override
	public void agregar(SolicitudIncapacidad solicitud, Evaluacion evaluacion, RespuestaIncapacidad respuesta) {
		evaluacion.causales().forEach(causal -> porCausal.merge(causal.codigo(), 1, Integer::sum));
	}

	@Override
	public Tablas tablas() {
		return new Tablas(porCausal);
	}

}
