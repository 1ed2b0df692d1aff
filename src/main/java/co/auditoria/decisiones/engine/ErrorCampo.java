package co.auditoria.decisiones.engine;

/** Un campo de la solicitud que no se puede aceptar, con la ruta JSON del campo ({@code certificado.dias}). */
public record ErrorCampo(String campo, String mensaje) {
}
