package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ResumenLote;

/** Lo que el resumen de un lote de facturas añade: los valores del lote y cuántas glosas hubo por concepto. */
final class ResumenGlosas implements ResumenLote<SolicitudGlosas, RespuestaGlosas> {

	/**
	 * @param valorFacturado la suma de lo facturado en las facturas decididas
	 * @param valorGlosado la suma de lo glosado
	 * @param glosasPorConcepto cuántas glosas por concepto, en el orden en que aparecieron
	 */
	record Tablas(BigDecimal valorFacturado, BigDecimal valorGlosado, Map<String, Integer> glosasPorConcepto) {
	}

	private BigDecimal facturado = BigDecimal.ZERO;

	private BigDecimal glosado = BigDecimal.ZERO;

	private final Map<String, Integer> porConcepto = new LinkedHashMap<>();

	@Override
	public void agregar(SolicitudGlosas solicitud, Evaluacion evaluacion, RespuestaGlosas respuesta) {
		facturado = facturado.add(respuesta.valorFacturado());
		glosado = glosado.add(respuesta.valorGlosado());
		respuesta.glosas().forEach(glosa -> porConcepto.merge(glosa.concepto().name(), 1, Integer::sum));
	}

	@Override
	public Tablas tablas() {
		return new Tablas(facturado, glosado, porConcepto);
	}

}
