package co.auditoria.decisiones.conciliacion;

/** Hecho: la respuesta de la glosa llegó después del cierre por silencio y se tiene por no recibida. */
public record RespuestaNoRecibida(String glosa) {
}
