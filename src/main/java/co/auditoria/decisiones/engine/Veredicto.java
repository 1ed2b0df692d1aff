package co.auditoria.decisiones.engine;

import java.util.Collection;
import java.util.List;

/**
 * El resultado de una decisión, como hecho de la sesión. El motor lo inserta con el resultado favorable y lo
 * fija en la fase {@link Dominio#FASE_RESULTADO}: gana, por la precedencia del dominio, el efecto de las
 * causales (columna {@code efecto} de {@code causales.csv}) o el {@link Resultado} que propusieron las reglas.
 * Las reglas de las fases siguientes lo leen ({@code Veredicto(resultado == "PENDIENTE")}); no lo cambian.
 */
public final class Veredicto {

	private final List<String> precedencia;

	private final CatalogoCausales causales;

	private String resultado;

	private boolean decidido;

	Veredicto(List<String> precedencia, CatalogoCausales causales) {
		this.precedencia = precedencia;
		this.causales = causales;
		this.resultado = precedencia.get(precedencia.size() - 1);
	}

	public String getResultado() {
		return resultado;
	}

	public boolean isDecidido() {
		return decidido;
	}

	/** Lo llama la regla del motor en la fase de resultado; las reglas de los dominios no. */
	public void decidir(Collection<?> causalesPropuestas, Collection<?> resultadosPropuestos) {
		resultado = calcular(causalesPropuestas, resultadosPropuestos);
		decidido = true;
	}

	/** El de más precedencia entre lo propuesto; sin propuestas, el favorable. */
	String calcular(Collection<?> causalesPropuestas, Collection<?> resultadosPropuestos) {
		int mejor = precedencia.size() - 1;
		for (Object hecho : causalesPropuestas) {
			String efecto = causales.definicion(((Causal) hecho).codigo()).efecto();
			mejor = Math.min(mejor, efecto == null ? mejor : posicion(efecto));
		}
		for (Object hecho : resultadosPropuestos) {
			mejor = Math.min(mejor, posicion(((Resultado) hecho).valor()));
		}
		return precedencia.get(mejor);
	}

	/** El compilador ya rechazó los nombres que el dominio no define; si aun así llega uno, no se disimula. */
	private int posicion(String propuesto) {
		int posicion = precedencia.indexOf(propuesto);
		if (posicion < 0) {
			throw new IllegalStateException("Resultado no definido por el dominio: " + propuesto);
		}
		return posicion;
	}

}
