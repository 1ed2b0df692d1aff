package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * El catálogo {@code salario_minimo.csv} ({@code anio,smmlv,fuente}): el salario mínimo legal mensual vigente de cada
 * año, del que sale el tope SOAT de gastos médicos en salarios mínimos diarios (SMMLV / 30). Inmutable: global.
 */
public final class SalariosMinimos {

	private static final BigDecimal DIAS_DEL_MES = BigDecimal.valueOf(30);

	private final Map<Integer, BigDecimal> porAnio;

	private SalariosMinimos(Map<Integer, BigDecimal> porAnio) {
		this.porAnio = porAnio;
	}

	static SalariosMinimos desde(Catalogo catalogo) {
		Map<Integer, BigDecimal> porAnio = new HashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			int anio;
			BigDecimal smmlv;
			try {
				anio = Integer.parseInt(fila.valor("anio"));
				smmlv = new BigDecimal(fila.valor("smmlv"));
			}
			catch (NumberFormatException ex) {
				throw fila.error("el año y el salario deben ser números");
			}
			if (anio < 1900 || anio > 2999 || smmlv.signum() <= 0) {
				throw fila.error("año fuera de 1900–2999 o salario que no es positivo");
			}
			if (porAnio.putIfAbsent(anio, smmlv) != null) {
				throw fila.error("el año " + anio + " está repetido");
			}
			// Cada año cita el decreto que lo fija: sin fuente, la fila no se acepta.
			fila.valor("fuente");
		}
		return new SalariosMinimos(Map.copyOf(porAnio));
	}

	public boolean tiene(int anio) {
		return porAnio.containsKey(anio);
	}

	/**
	 * {@code salariosDiarios × SMMLV del año / 30}, redondeado al peso (mitad hacia arriba). Un año sin salario no
	 * llega aquí (la validación de la solicitud lo rechaza); si el catálogo cambió entre tanto, es una fecha que las
	 * reglas no pueden calcular y la decisión responde 400.
	 */
	public BigDecimal topeEnSalariosDiarios(int anio, int salariosDiarios) {
		BigDecimal smmlv = porAnio.get(anio);
		if (smmlv == null) {
			throw new DateTimeException("sin salario mínimo para el año del siniestro");
		}
		return smmlv.multiply(BigDecimal.valueOf(salariosDiarios)).divide(DIAS_DEL_MES, 0, RoundingMode.HALF_UP);
	}
}
