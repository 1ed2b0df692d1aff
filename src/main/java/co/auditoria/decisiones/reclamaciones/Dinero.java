package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Todo valor de la reclamación va en pesos a dos decimales, redondeado half-up ({@code spec/reclamaciones.md}). */
final class Dinero {

	static final BigDecimal CERO = redondear(BigDecimal.ZERO);

	private Dinero() {
	}

	static BigDecimal redondear(BigDecimal valor) {
		return valor.setScale(2, RoundingMode.HALF_UP);
	}

}
