package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;

/**
 * Hecho que inserta una regla de {@code tarifas.drl}: con qué tarifa se liquida un ítem y su valor unitario
 * ({@code null} en la tarifa propia: se paga lo facturado).
 */
public record TarifaItem(ItemReclamado item, TarifaAplicada tarifa, BigDecimal valorUnitario) {

	public static TarifaItem de(ItemReclamado item, TarifaAplicada tarifa, BigDecimal valorUnitario) {
		return new TarifaItem(item, tarifa, valorUnitario);
	}

	/** Lo facturado por unidad supera la tarifa. */
	public boolean excedida() {
		return valorUnitario != null && item.item().valorUnitario().compareTo(valorUnitario) > 0;
	}

	/** {@code cantidad × min(valorUnitario, tarifa)}, a dos decimales. */
	public BigDecimal valorTarifa() {
		if (!excedida()) {
			return item.valorFacturado();
		}
		return Dinero.redondear(valorUnitario.multiply(BigDecimal.valueOf(item.item().cantidad())));
	}
}
