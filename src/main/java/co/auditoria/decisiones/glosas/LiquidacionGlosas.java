package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Liquida las glosas que dejaron las reglas: aplica el tope por ítem (la suma de lo glosado en un ítem nunca
 * supera su valor), suma lo glosado y da el resultado por valor. Se hace en Java y no en reglas porque es
 * aritmética sobre todas las glosas a la vez, no una condición de negocio que un analista cambie.
 *
 * <p>El tope se aplica en el orden de {@code causales.csv}: las glosas de valor total del ítem (cobertura,
 * autorización, pertinencia, soportes) antes que las de diferencia (tarifas, facturación); la que llega cuando el
 * ítem ya está glosado del todo queda con valor 0 pero se notifica igual, porque una glosa no formulada ahora ya
 * no se puede formular después (seed 001, nota 3).
 */
final class LiquidacionGlosas {

	/** Una glosa de la respuesta ({@code spec/glosas.md}, "Glosas por ítem") más el valor antes del tope. */
	record Glosa(String item, ConceptoGlosa concepto, String codigo, String codigoManual, BigDecimal valor,
			String descripcion, String descripcionManual, BigDecimal valorPropuesto) {
	}

	private final List<Glosa> glosas;

	private final BigDecimal valorFacturado;

	private final BigDecimal valorGlosado;

	private LiquidacionGlosas(List<Glosa> glosas, BigDecimal valorFacturado, BigDecimal valorGlosado) {
		this.glosas = glosas;
		this.valorFacturado = valorFacturado;
		this.valorGlosado = valorGlosado;
	}

	/**
	 * @param ordenCausales códigos en el orden de {@code causales.csv} (el de las causales de la evaluación)
	 */
	static LiquidacionGlosas de(List<GlosaItem> propuestas, List<String> ordenCausales, BigDecimal valorFacturado) {
		List<GlosaItem> ordenadas = new ArrayList<>(propuestas);
		ordenadas.sort(Comparator.comparingInt((GlosaItem glosa) -> glosa.posicion() < 0 ? Integer.MAX_VALUE : glosa.posicion())
			.thenComparingInt(glosa -> indice(ordenCausales, glosa.codigo())));
		Map<Integer, BigDecimal> glosadoPorItem = new HashMap<>();
		List<Glosa> glosas = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (GlosaItem propuesta : ordenadas) {
			BigDecimal valor = propuesta.valorPropuesto().max(BigDecimal.ZERO);
			if (propuesta.valorItem() != null) {
				BigDecimal yaGlosado = glosadoPorItem.getOrDefault(propuesta.posicion(), BigDecimal.ZERO);
				valor = valor.min(propuesta.valorItem().subtract(yaGlosado).max(BigDecimal.ZERO));
				glosadoPorItem.put(propuesta.posicion(), yaGlosado.add(valor));
			}
			total = total.add(valor);
			CodigoOficial oficial = propuesta.oficial();
			glosas.add(new Glosa(propuesta.item(), propuesta.concepto(), propuesta.codigo(), propuesta.codigoManual(), valor,
					propuesta.causa(), oficial == null ? null : oficial.descripcion(), propuesta.valorPropuesto()));
		}
		// Si el total de la factura es menor que la suma de sus ítems, no se glosa más de lo facturado.
		return new LiquidacionGlosas(List.copyOf(glosas), valorFacturado, total.min(valorFacturado));
	}

	private static int indice(List<String> orden, String codigo) {
		int indice = orden.indexOf(codigo);
		return indice < 0 ? Integer.MAX_VALUE : indice;
	}

	List<Glosa> glosas() {
		return glosas;
	}

	BigDecimal valorFacturado() {
		return valorFacturado;
	}

	BigDecimal valorGlosado() {
		return valorGlosado;
	}

	BigDecimal valorAprobado() {
		return valorFacturado.subtract(valorGlosado);
	}

	/** GLOSA_TOTAL si se glosa todo lo facturado, GLOSA_PARCIAL si algo, SIN_GLOSA si nada. */
	String resultado() {
		if (valorGlosado.signum() <= 0) {
			return DominioGlosas.SIN_GLOSA;
		}
		return valorGlosado.compareTo(valorFacturado) >= 0 ? DominioGlosas.GLOSA_TOTAL : DominioGlosas.GLOSA_PARCIAL;
	}
}
