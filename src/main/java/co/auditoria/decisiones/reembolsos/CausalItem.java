package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;

import co.auditoria.decisiones.engine.Causal;

/**
 * Hecho que inserta una regla de causal: a qué ítem le aplica, qué hace con su valor y, si es un documento que
 * falta, cuál. La regla escribe {@code new Causal("CODIGO")} para que el compilador revise el código contra
 * {@code causales.csv}; la liquidación la pasa a la decisión.
 *
 * @param valor la diferencia objetada, solo en {@link EfectoCausal#OBJETA_DIFERENCIA}
 * @param documento el soporte que falta, o {@code null}
 */
public record CausalItem(int posicion, Causal causal, EfectoCausal efecto, BigDecimal valor, String documento)
		implements HechoLiquidacion {

	/** Objeta el ítem por todo su valor. */
	public static CausalItem objeta(ItemReembolso item, Causal causal) {
		return new CausalItem(item.posicion(), causal, EfectoCausal.OBJETA, null, null);
	}

	/** Objeta una diferencia del valor del ítem. */
	public static CausalItem objetaDiferencia(ItemReembolso item, Causal causal, BigDecimal diferencia) {
		return new CausalItem(item.posicion(), causal, EfectoCausal.OBJETA_DIFERENCIA, diferencia, null);
	}

	/** Falta un documento: según la etapa, deja pendiente el ítem o lo objeta ({@link EfectoDocumentoFaltante}). */
	public static CausalItem falta(ItemReembolso item, Causal causal, String documento, EfectoCausal efecto) {
		return new CausalItem(item.posicion(), causal, efecto, null, documento);
	}

	public String codigo() {
		return causal.codigo();
	}
}
