package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ResumenLote;

/** Lo que el resumen de un lote de reclamaciones añade: las sumas de los valores de los casos decididos. */
final class ResumenReclamaciones implements ResumenLote<SolicitudReclamacion, RespuestaReclamacion> {

	/** Las sumas de los casos decididos del lote. */
	record Tablas(BigDecimal valorReclamado, BigDecimal valorReconocido, BigDecimal valorObjetado,
			BigDecimal valorPendiente) {
	}

	private BigDecimal reclamado = Dinero.CERO;

	private BigDecimal reconocido = Dinero.CERO;

	private BigDecimal objetado = Dinero.CERO;

	private BigDecimal pendiente = Dinero.CERO;

	@Override
	public void agregar(SolicitudReclamacion solicitud, Evaluacion evaluacion, RespuestaReclamacion respuesta) {
		reclamado = reclamado.add(respuesta.valorReclamado());
		reconocido = reconocido.add(respuesta.valorReconocido());
		objetado = objetado.add(respuesta.valorObjetado());
		pendiente = pendiente.add(respuesta.valorPendiente());
	}

	@Override
	public Tablas tablas() {
		return new Tablas(reclamado, reconocido, objetado, pendiente);
	}

}
