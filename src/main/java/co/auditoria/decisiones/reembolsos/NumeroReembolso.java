package co.auditoria.decisiones.reembolsos;

/** El identificador del caso en la respuesta, con la misma ruta que en la solicitud: {@code reembolso.numero}. */
public record NumeroReembolso(String numero) {
}
