package co.auditoria.decisiones.glosas;

/** El identificador de la factura en la respuesta, con el mismo nombre que en la solicitud: {@code factura.numero}. */
public record NumeroFactura(String numero) {
}
