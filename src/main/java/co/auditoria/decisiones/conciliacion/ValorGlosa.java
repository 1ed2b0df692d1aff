package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;

/**
 * Una glosa de la respuesta ({@code spec/conciliacion.md}, "Valores"): su estado, el código de respuesta del manual
 * y sus valores.
 *
 * @param valorConciliado lo que el acta deja glosado; {@code null} salvo {@link EstadoGlosa#CONCILIADA}
 * @param valorDefinitivoGlosa valor menos levantado en una glosa final; {@code null} si está abierta
 */
public record ValorGlosa(String id, String item, String codigo, String codigoManual, EstadoGlosa estado,
		String codigoRespuesta, BigDecimal valorGlosadoInicial, BigDecimal valorAceptadoPrestador,
		BigDecimal valorLevantado, BigDecimal valorRatificado, BigDecimal valorConciliado,
		BigDecimal valorDefinitivoGlosa) {

	boolean improcedente() {
		return estado == EstadoGlosa.IMPROCEDENTE;
	}

	/** Lo que sigue en disputa mientras la glosa está abierta: ni aceptado ni levantado. */
	BigDecimal enDisputa() {
		return estado.esFinal() ? BigDecimal.ZERO : valorGlosadoInicial.subtract(valorAceptadoPrestador).subtract(valorLevantado);
	}

}
