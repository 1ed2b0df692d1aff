package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Lo que debe contener la notificación al solicitante del resultado de la auditoría o de la conciliación (seed 001,
 * nota 3: "número del documento, nombre del usuario, concepto glosado y causa de la glosa"), con los documentos que
 * se le piden y para cuándo debe responder. Lleva datos personales: va solo en la respuesta, nunca a un log
 * ({@link #toString()}).
 *
 * @param destinatario quien pidió el reembolso
 * @param documentosSolicitados los soportes que faltan en los ítems pendientes, sin repetir
 * @param plazoRespuesta la fecha límite de {@code ESPERAR_RESPUESTA_USUARIO}, o {@code null}
 */
public record Notificacion(Solicitante destinatario, String numeroReembolso, String tipoDocumento, String numeroDocumento,
		String nombreUsuario, String resultado, BigDecimal valorAprobado, BigDecimal valorObjetado,
		List<LiquidacionReembolso.Objecion> objeciones, List<String> documentosSolicitados, LocalDate plazoRespuesta) {

	static Notificacion de(SolicitudReembolso solicitud, String resultado, LiquidacionReembolso liquidacion,
			LocalDate plazoRespuesta) {
		Afiliado afiliado = solicitud.afiliado();
		return new Notificacion(solicitud.reembolso().solicitante(), solicitud.reembolso().numero(), afiliado.tipoDocumento(),
				afiliado.numeroDocumento(), afiliado.nombre(), resultado, liquidacion.valorAprobado(),
				liquidacion.valorObjetado(), liquidacion.objeciones(),
				liquidacion.pendientes().stream().flatMap(pendiente -> pendiente.soportesFaltantes().stream()).distinct().toList(),
				plazoRespuesta);
	}

	@Override
	public String toString() {
		return "Notificacion[reembolso=" + numeroReembolso + ", datos personales omitidos]";
	}
}
