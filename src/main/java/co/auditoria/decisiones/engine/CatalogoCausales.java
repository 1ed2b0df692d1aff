package co.auditoria.decisiones.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * El catálogo {@code causales.csv} de un dominio: código, tipo, efecto sobre el resultado y
 * descripción para personas. El orden de las filas es el orden en que se listan en la respuesta.
 */
public final class CatalogoCausales {

	static final String ARCHIVO = "causales";

	private final Map<String, Definicion> porCodigo;

	private CatalogoCausales(Map<String, Definicion> porCodigo) {
		this.porCodigo = porCodigo;
	}

	static CatalogoCausales vacio() {
		return new CatalogoCausales(Map.of());
	}

	/** @param dominio dice qué resultado propone cada fila ({@link Dominio#resultadoDeCausal}) y cuáles hay */
	static CatalogoCausales desde(Catalogo catalogo, Dominio<?, ?> dominio) {
		Map<String, Definicion> porCodigo = new LinkedHashMap<>();
		int orden = 0;
		for (Catalogo.Fila fila : catalogo.filas()) {
			String codigo = fila.valor("codigo");
			String efecto = dominio.resultadoDeCausal(fila);
			if (efecto != null && !dominio.resultados().contains(efecto)) {
				throw fila.error("efecto '" + efecto + "' no es un resultado del dominio " + dominio.resultados());
			}
			if (porCodigo.putIfAbsent(codigo, new Definicion(codigo, fila.opcional("tipo"), efecto,
					fila.valor("descripcion"), orden++)) != null) {
				throw fila.error("la causal '" + codigo + "' está repetida");
			}
		}
		return new CatalogoCausales(porCodigo);
	}

	/** Los códigos, en el orden del catálogo (el de las respuestas). */
	public java.util.List<String> codigos() {
		return java.util.List.copyOf(porCodigo.keySet());
	}

	boolean contiene(String codigo) {
		return porCodigo.containsKey(codigo);
	}

	Definicion definicion(String codigo) {
		Definicion definicion = porCodigo.get(codigo);
		return definicion != null ? definicion : new Definicion(codigo, null, null, null, Integer.MAX_VALUE);
	}

	/** Una causal tal como la describe el catálogo. */
	record Definicion(String codigo, String tipo, String efecto, String descripcion, int orden) {
	}

}
