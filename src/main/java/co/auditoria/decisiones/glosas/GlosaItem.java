package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;

/**
 * Hecho que inserta una regla de glosa: qué ítem (o {@code null} si es de la factura), por qué concepto y código
 * propio, por cuánto antes del tope del ítem, el código oficial del manual vigente ({@code null} si el catálogo
 * no lo tiene) y la causa para el prestador. El tope por ítem lo aplica {@link LiquidacionGlosas}.
 *
 * @param posicion posición del ítem en la factura, o -1 para una glosa de la factura
 * @param valorItem valor del ítem, tope de la suma de sus glosas; {@code null} para una glosa de la factura
 */
public record GlosaItem(String item, int posicion, ConceptoGlosa concepto, String codigo, BigDecimal valorPropuesto,
		BigDecimal valorItem, CodigoOficial oficial, String causa) {

	/** Una glosa sobre un ítem. */
	public static GlosaItem deItem(ItemFactura item, ConceptoGlosa concepto, String codigo, BigDecimal valor,
			CodigoOficial oficial, String causa) {
		return new GlosaItem(item.id(), item.posicion(), concepto, codigo, valor, item.valor(), oficial, causa);
	}

	/** Una glosa sobre la factura entera ({@code item: null}). */
	public static GlosaItem deFactura(ConceptoGlosa concepto, String codigo, BigDecimal valor, CodigoOficial oficial,
			String causa) {
		return new GlosaItem(null, -1, concepto, codigo, valor, null, oficial, causa);
	}

	public String codigoManual() {
		return oficial == null ? null : oficial.codigo();
	}
}
