package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Hecho de las reglas: un ítem de la solicitud con su posición (para reconocer la repetición de un comprobante
 * aunque se repita el id, y para liquidar en el orden de {@code items}) y las preguntas que le hacen las causales.
 */
public record ItemReembolso(int posicion, Item item) {

	public String id() {
		return item.id();
	}

	public TipoItem tipo() {
		return item.tipo();
	}

	public BigDecimal valor() {
		return item.valor();
	}

	public List<String> soportes() {
		return item.soportes();
	}

	public boolean esPrestacion() {
		return item.tipo() == TipoItem.PRESTACION_ASISTENCIAL;
	}

	public boolean esTraslado() {
		return item.tipo() == TipoItem.TRASLADO;
	}

	public boolean tieneAutorizacion() {
		return item.autorizacion() != null;
	}

	public boolean autorizacionNoCorresponde() {
		return tieneAutorizacion() && !item.autorizacion().correspondeAlServicio();
	}

	/** "Autorización válida" de la especificación: no nula y que corresponde al servicio. */
	public boolean autorizacionValida() {
		return tieneAutorizacion() && item.autorizacion().correspondeAlServicio();
	}

	public boolean tieneSolicitud() {
		return item.numeroSolicitud() != null;
	}

	public boolean servicioAntesDe(LocalDate fechaSiniestro) {
		return item.fechaServicio().isBefore(fechaSiniestro);
	}

	/** El comprobante se expidió antes de prestarse el servicio que cobra. */
	public boolean fechasInconsistentes() {
		return item.comprobante().fechaExpedicion().isBefore(item.fechaServicio());
	}

	/** Una factura sin los requisitos de la DIAN (en una cuenta de cobro el dato se ignora). */
	public boolean facturaNoCumpleDian() {
		return item.comprobante().tipo() == TipoComprobante.FACTURA
				&& Boolean.FALSE.equals(item.comprobante().cumpleRequisitosDian());
	}

	/** Un traslado con tarifa de la compañía pedido por más que ella (sin tarifa no se compara). */
	public boolean superaTarifaCompania() {
		return esTraslado() && item.tarifaCompania() != null && item.valor().compareTo(item.tarifaCompania()) > 0;
	}

	/** {@code valor − tarifaCompania} de un traslado que supera la tarifa; cero si no la supera. */
	public BigDecimal excesoSobreTarifa() {
		return superaTarifaCompania() ? item.valor().subtract(item.tarifaCompania()) : BigDecimal.ZERO;
	}

	public boolean mismoComprobanteQue(ItemReembolso otro) {
		return tieneComprobante(otro.item.comprobante().nitEmisor(), otro.item.comprobante().numero());
	}

	/** El comprobante es el de ese emisor y número, sin distinguir mayúsculas ni espacios alrededor. */
	public boolean tieneComprobante(String nitEmisor, String numero) {
		return clave(item.comprobante().nitEmisor()).equals(clave(nitEmisor))
				&& clave(item.comprobante().numero()).equals(clave(numero));
	}

	private static String clave(String texto) {
		return texto.strip().toUpperCase(Locale.ROOT);
	}
}
