package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ResumenLote;

/** Lo que el resumen de un lote de facturas en conciliación añade: lo que se paga y lo que sigue en disputa. */
final class ResumenConciliacion implements ResumenLote<SolicitudConciliacion, RespuestaConciliacion> {

	/**
	 * @param valorAPagar la suma de {@code valorAPagar} de los casos decididos
	 * @param valorEnDisputa la suma de {@code valorEnDisputa} de los casos decididos
	 */
	record Tablas(BigDecimal valorAPagar, BigDecimal valorEnDisputa) {
	}

	private BigDecimal aPagar = BigDecimal.ZERO;

	private BigDecimal enDisputa = BigDecimal.ZERO;

	@Override
	public void agregar(SolicitudConciliacion solicitud, Evaluacion evaluacion, RespuestaConciliacion respuesta) {
		aPagar = aPagar.add(respuesta.valorAPagar());
		enDisputa = enDisputa.add(respuesta.valorEnDisputa());
	}

	@Override
	public Tablas tablas() {
		return new Tablas(aPagar, enDisputa);
	}

}
