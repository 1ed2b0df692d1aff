package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hecho que inserta la regla de liquidación: las glosas que dejaron las reglas con el tope por ítem aplicado
 * (la suma de lo glosado en un ítem nunca supera su valor), el valor glosado y el facturado. Las reglas de
 * {@code liquidacion.drl} deciden con él GLOSA_TOTAL o GLOSA_PARCIAL, y la respuesta lo lee: se calcula una vez.
 * La aritmética sobre todas las glosas a la vez está aquí y no en reglas porque no es una condición de negocio
 * que un analista cambie.
 *
 * <p>El tope se aplica en el orden de {@code causales.csv} ({@link OrdenGlosas}); la glosa que llega cuando el
 * ítem ya está glosado del todo queda con valor 0 pero se notifica igual, porque una glosa no formulada ahora ya
 * no se puede formular después (seed 001, nota 3).
 */
public final class LiquidacionGlosas {

	/** Una glosa de la respuesta ({@code spec/glosas.md}, "Glosas por ítem") más el valor antes del tope. */
	public record Glosa(String item, ConceptoGlosa concepto, String codigo, String codigoManual, BigDecimal valor,
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

	/** @param propuestas los {@link GlosaItem} de la sesión */
	public static LiquidacionGlosas de(Collection<?> propuestas, BigDecimal valorFacturado, OrdenGlosas orden) {
		List<GlosaItem> ordenadas = new ArrayList<>();
		propuestas.forEach(propuesta -> ordenadas.add((GlosaItem) propuesta));
		ordenadas.sort(Comparator.comparingInt((GlosaItem glosa) -> glosa.posicion() < 0 ? Integer.MAX_VALUE : glosa.posicion())
			.thenComparingInt(glosa -> orden.posicion(glosa.codigo())));
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

	public List<Glosa> glosas() {
		return glosas;
	}

	public BigDecimal valorFacturado() {
		return valorFacturado;
	}

	public BigDecimal valorGlosado() {
		return valorGlosado;
	}

	public BigDecimal valorAprobado() {
		return valorFacturado.subtract(valorGlosado);
	}

	/** Se glosa todo lo facturado. */
	public boolean glosaTotal() {
		return valorGlosado.signum() > 0 && valorGlosado.compareTo(valorFacturado) >= 0;
	}

	/** Se glosa algo, menos que lo facturado. */
	public boolean glosaParcial() {
		return valorGlosado.signum() > 0 && valorGlosado.compareTo(valorFacturado) < 0;
	}

}
