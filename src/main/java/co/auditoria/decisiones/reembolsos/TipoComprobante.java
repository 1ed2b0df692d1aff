package co.auditoria.decisiones.reembolsos;

/** El comprobante del pago: una factura (requisitos de la DIAN) o una cuenta de cobro. */
public enum TipoComprobante {
	FACTURA, CUENTA_DE_COBRO
}
