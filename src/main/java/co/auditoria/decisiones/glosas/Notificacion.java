package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.util.List;

/**
 * Lo que debe contener la notificación de la glosa al prestador (Ley 1438 de 2011, art. 57; seed 001, "5.
 * AUDITORIA DE CUENTAS MÉDICAS"): número de factura, número de documento y nombre del usuario, y cada concepto
 * glosado con su causa. Lleva datos personales: va solo en la respuesta, nunca a un log ({@link #toString()}).
 */
public record Notificacion(String numeroFactura, String tipoDocumentoUsuario, String numeroDocumentoUsuario,
		String nombreUsuario, List<ConceptoGlosado> conceptosGlosados, String fundamento) {

	/** Un concepto glosado con su causa, tal como se notifica. */
	public record ConceptoGlosado(String item, ConceptoGlosa concepto, String codigoManual, String causa, BigDecimal valor) {
	}

	static Notificacion de(SolicitudGlosas solicitud, List<LiquidacionGlosas.Glosa> glosas) {
		Usuario usuario = solicitud.usuario();
		return new Notificacion(solicitud.factura().numero(), usuario.tipoDocumento(), usuario.numeroDocumento(),
				usuario.nombre(),
				glosas.stream().map(glosa -> new ConceptoGlosado(glosa.item(), glosa.concepto(), glosa.codigoManual(),
						glosa.descripcion(), glosa.valor())).toList(),
				"Artículo 57 de la Ley 1438 de 2011");
	}

	@Override
	public String toString() {
		return "Notificacion[factura=" + numeroFactura + ", datos personales omitidos]";
	}
}
