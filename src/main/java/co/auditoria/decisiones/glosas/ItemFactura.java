package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.util.List;

/**
 * Hecho de las reglas: un ítem de la factura con su posición (para reconocer el repetido de un cobro duplicado
 * aunque los ids del prestador se repitan) y los cálculos de valor que piden las glosas.
 */
public record ItemFactura(int posicion, Item item) {

	public String id() {
		return item.id();
	}

	public TipoServicio tipoServicio() {
		return item.tipoServicio();
	}

	public BigDecimal valor() {
		return item.valorTotal();
	}

	public List<String> soportes() {
		return item.soportes();
	}

	public BigDecimal cantidadPorUnitario() {
		return item.valorUnitario().multiply(BigDecimal.valueOf(item.cantidad()));
	}

	/** Lo que {@code valorTotal} excede a {@code cantidad × valorUnitario}; cero si no lo excede. */
	public BigDecimal excesoAritmetico() {
		return item.valorTotal().subtract(cantidadPorUnitario()).max(BigDecimal.ZERO);
	}

	/** {@code (valorUnitario − tope) × cantidad}, o cero si el unitario no supera el tope. */
	public BigDecimal excesoSobre(BigDecimal tope) {
		return item.valorUnitario().subtract(tope).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(item.cantidad()));
	}

	public boolean superaTarifa(BigDecimal tope) {
		return tope != null && item.valorUnitario().compareTo(tope) > 0;
	}

	public boolean tieneAutorizacion() {
		return item.autorizacion() != null && item.autorizacion().tieneNumero();
	}

	public boolean autorizacionNoCorresponde() {
		return tieneAutorizacion() && !item.autorizacion().correspondeAlServicio();
	}

	/** Sin una autorización de servicios que corresponda a lo facturado. */
	public boolean sinAutorizacionValida() {
		return !tieneAutorizacion() || autorizacionNoCorresponde();
	}

	/** Mismo código, fecha y cantidad: la definición de cobro duplicado de la especificación. */
	public boolean mismoCobroQue(ItemFactura otro) {
		return item.codigo().equals(otro.item.codigo()) && item.fechaPrestacion().equals(otro.item.fechaPrestacion())
				&& item.cantidad().equals(otro.item.cantidad());
	}
}
