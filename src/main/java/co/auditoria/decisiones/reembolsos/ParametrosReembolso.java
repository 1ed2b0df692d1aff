package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;

/**
 * El catálogo {@code parametros.csv} ({@code parametro,valor,fuente}): el umbral de alto costo y el tope SOAT de
 * gastos médicos en salarios mínimos diarios. Debe traer los dos, una vez cada uno, con un número positivo.
 * Inmutable: global de las reglas.
 */
public final class ParametrosReembolso {

	static final String UMBRAL_ALTO_COSTO = "umbral_alto_costo";

	static final String TOPE_SOAT_SMLDV = "tope_soat_gastos_medicos_smldv";

	private final BigDecimal umbralAltoCosto;

	private final int topeSoatSmldv;

	private ParametrosReembolso(BigDecimal umbralAltoCosto, int topeSoatSmldv) {
		this.umbralAltoCosto = umbralAltoCosto;
		this.topeSoatSmldv = topeSoatSmldv;
	}

	static ParametrosReembolso desde(Catalogo catalogo) {
		Map<String, BigDecimal> valores = new HashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			String parametro = fila.valor("parametro");
			if (!Set.of(UMBRAL_ALTO_COSTO, TOPE_SOAT_SMLDV).contains(parametro)) {
				throw fila.error("parámetro '" + parametro + "' desconocido; use " + UMBRAL_ALTO_COSTO + " o " + TOPE_SOAT_SMLDV);
			}
			BigDecimal valor;
			try {
				valor = new BigDecimal(fila.valor("valor"));
			}
			catch (NumberFormatException ex) {
				throw fila.error("el valor de " + parametro + " no es un número");
			}
			if (valor.signum() <= 0 || (parametro.equals(TOPE_SOAT_SMLDV) && valor.stripTrailingZeros().scale() > 0)) {
				throw fila.error("el valor de " + parametro + " debe ser un número positivo"
						+ (parametro.equals(TOPE_SOAT_SMLDV) ? " entero" : ""));
			}
			if (valores.putIfAbsent(parametro, valor) != null) {
				throw fila.error("el parámetro " + parametro + " está repetido");
			}
		}
		for (String requerido : new String[] { UMBRAL_ALTO_COSTO, TOPE_SOAT_SMLDV }) {
			if (!valores.containsKey(requerido)) {
				throw new CatalogoInvalidoException(catalogo.archivo(), 0, "falta el parámetro " + requerido);
			}
		}
		return new ParametrosReembolso(valores.get(UMBRAL_ALTO_COSTO), valores.get(TOPE_SOAT_SMLDV).intValueExact());
	}

	public BigDecimal umbralAltoCosto() {
		return umbralAltoCosto;
	}

	public int topeSoatSmldv() {
		return topeSoatSmldv;
	}

	/** {@code valorSolicitado ≥ umbral_alto_costo}. */
	public boolean esAltoCosto(BigDecimal valorSolicitado) {
		return valorSolicitado.compareTo(umbralAltoCosto) >= 0;
	}
}
