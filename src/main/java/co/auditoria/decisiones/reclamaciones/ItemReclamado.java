package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;

import co.auditoria.decisiones.glosas.Ambito;

/**
 * Hecho de las reglas: un ítem con su factura y su posición en la reclamación (en el orden de la solicitud, contando
 * todas las facturas), para que una causal de factura alcance a todos sus ítems.
 *
 * @param posicionFactura la posición de su factura en {@code facturas}
 * @param posicion la posición del ítem en la reclamación
 */
public record ItemReclamado(int posicionFactura, int posicion, FacturaReclamacion factura, ItemReclamacion item) {

	/** {@code cantidad × valorUnitario}, a dos decimales. */
	public BigDecimal valorFacturado() {
		return Dinero.redondear(item.valorUnitario().multiply(BigDecimal.valueOf(item.cantidad())));
	}

	/** Con convenio y tarifa pactada para el servicio rige la pactada. */
	public boolean conTarifaPactada() {
		return factura.prestador().tieneConvenio() && item.tarifaPactada() != null;
	}

	public boolean enUrgencias() {
		return factura.ambito() == Ambito.URGENCIAS;
	}

	/** Sin una autorización con número que corresponda al servicio facturado. */
	public boolean sinAutorizacionValida() {
		return item.autorizacion() == null || !item.autorizacion().valida();
	}

	/** Un medicamento no formulado por el médico tratante o no necesario para las lesiones. */
	public boolean medicamentoNoCubierto() {
		return item.medicamento() != null && !item.medicamento().cubierto();
	}
}
