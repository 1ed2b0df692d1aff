package co.auditoria.decisiones.engine;

import java.util.List;

/**
 * El resultado de una decisión, como hecho de la sesión. Lo inserta el motor en la fase
 * {@link Dominio#FASE_RESULTADO}, cuando ya dispararon las reglas de las fases anteriores: gana, por la precedencia
 * del dominio, el efecto de las causales (columna {@code efecto} de {@code causales.csv}) o el {@link Resultado} que
 * propusieron esas reglas; sin propuestas, el favorable. Las reglas de las fases siguientes lo leen ({@code Veredicto(resultado == "PENDIENTE")}).
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
	 * causales. Inmutable, uno por {@link ReglasDeDominio}.
	 */
	public static final class Precedencia {

		private final List<String> resultados;

		private final CatalogoCausales causales;

		Precedencia(List<String> resultados, CatalogoCausales causales) {
			this.resultados = resultados;
			this.causales = causales;
		}

		/**
		 * El de más precedencia entre lo que proponen las causales y los {@link Resultado} de la sesión; sin
		 * propuestas, el favorable. Lee los hechos que ya anotó la decisión, sin volver a pedirlos a la sesión.
		 */
		Veredicto decidir(List<Object> hechos) {
			int mejor = resultados.size() - 1;
			for (Object hecho : hechos) {
				if (hecho instanceof Causal causal) {
					String efecto = causales.definicion(causal.codigo()).efecto();
					mejor = efecto == null ? mejor : Math.min(mejor, posicion(efecto));
				}
				else if (hecho instanceof Resultado propuesto) {
					mejor = Math.min(mejor, posicion(propuesto.valor()));
				}
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
