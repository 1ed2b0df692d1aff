package co.auditoria.decisiones.engine;

import java.util.Collection;
import java.util.List;

/**
 * El resultado de una decisión, como hecho de la sesión. Lo inserta la regla del motor en la fase
 * {@link Dominio#FASE_RESULTADO}: gana, por la precedencia del dominio, el efecto de las causales (columna
 * {@code efecto} de {@code causales.csv}) o el {@link Resultado} que propusieron las reglas de las fases anteriores;
 * sin propuestas, el favorable. Las reglas de las fases siguientes lo leen ({@code Veredicto(resultado == "PENDIENTE")}).
 */
public final class Veredicto {

	private final String resultado;

	private Veredicto(String resultado) {
		this.resultado = resultado;
	}

	public String getResultado() {
		return resultado;
	}

	@Override
	public String toString() {
		return "Veredicto[" + resultado + "]";
	}

	/**
	 * Cómo se decide el veredicto en un dominio: sus resultados del que más pesa al favorable y el catálogo de sus
	 * causales. Inmutable; la regla del motor lo usa como global.
	 */
	public static final class Precedencia {

		private final List<String> resultados;

		private final CatalogoCausales causales;

		Precedencia(List<String> resultados, CatalogoCausales causales) {
			this.resultados = resultados;
			this.causales = causales;
		}

		/** El de más precedencia entre lo propuesto; sin propuestas, el favorable. */
		public Veredicto decidir(Collection<?> causalesPropuestas, Collection<?> resultadosPropuestos) {
			int mejor = resultados.size() - 1;
			for (Object hecho : causalesPropuestas) {
				String efecto = causales.definicion(((Causal) hecho).codigo()).efecto();
				mejor = Math.min(mejor, efecto == null ? mejor : posicion(efecto));
			}
			for (Object hecho : resultadosPropuestos) {
				mejor = Math.min(mejor, posicion(((Resultado) hecho).valor()));
			}
			return new Veredicto(resultados.get(mejor));
		}

		/** El compilador ya rechazó los nombres que el dominio no define; si aun así llega uno, no se disimula. */
		private int posicion(String propuesto) {
			int posicion = resultados.indexOf(propuesto);
			if (posicion < 0) {
				throw new IllegalStateException("Resultado no definido por el dominio: " + propuesto);
			}
			return posicion;
		}

	}

}
