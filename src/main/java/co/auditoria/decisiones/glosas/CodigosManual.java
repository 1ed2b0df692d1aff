package co.auditoria.decisiones.glosas;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;

/**
 * Los catálogos {@code manual-res-3047-2008.csv} y {@code manual-res-2284-2023.csv}: para cada glosa propia y una
 * clave (el soporte faltante, el tipo de servicio o vacío = cualquiera), el código oficial y su descripción. Un par
 * que no está no tiene código: nunca se inventa uno. Inmutable: las reglas lo usan como global.
 */
public final class CodigosManual {

	private final Map<ManualGlosas, Map<String, CodigoOficial>> porManual;

	private CodigosManual(Map<ManualGlosas, Map<String, CodigoOficial>> porManual) {
		this.porManual = porManual;
	}

	/**
	 * @param conceptos el concepto de cada glosa propia, de {@code causales.csv} (columna {@code tipo}); una fila
	 *        de un manual con una glosa que no está ahí, o con un código que no es de su manual y concepto, no carga
	 */
	static CodigosManual desde(Map<ManualGlosas, Catalogo> catalogos, Map<String, ConceptoGlosa> conceptos) {
		Map<ManualGlosas, Map<String, CodigoOficial>> porManual = new EnumMap<>(ManualGlosas.class);
		catalogos.forEach((manual, catalogo) -> {
			Map<String, CodigoOficial> codigos = new HashMap<>();
			for (Catalogo.Fila fila : catalogo.filas()) {
				String glosa = fila.valor("glosa");
				String clave = fila.opcional("clave");
				if (!conceptos.containsKey(glosa)) {
					throw fila.error("la glosa '" + glosa + "' no está en causales.csv");
				}
				String problema = manual.problemaDelCodigo(fila.valor("codigo"), conceptos.get(glosa));
				if (problema != null) {
					throw fila.error(problema);
				}
				CodigoOficial oficial = new CodigoOficial(fila.valor("codigo"), fila.valor("descripcion"));
				if (codigos.putIfAbsent(llave(glosa, clave), oficial) != null) {
					throw fila.error("la combinación glosa '" + glosa + "' y clave '" + (clave == null ? "" : clave)
							+ "' está repetida");
				}
			}
			porManual.put(manual, Map.copyOf(codigos));
		});
		for (ManualGlosas manual : ManualGlosas.values()) {
			if (!porManual.containsKey(manual)) {
				throw new CatalogoInvalidoException("glosas/" + manual.catalogo() + ".csv", 0, "falta el catálogo");
			}
		}
		return new CodigosManual(porManual);
	}

	/**
	 * El concepto de cada causal de {@code causales.csv} que es una glosa (su {@code tipo} es un concepto); las de
	 * escalamiento también pueden tener código en un manual, sin concepto que comprobar.
	 */
	static Map<String, ConceptoGlosa> conceptos(Catalogo causales) {
		Map<String, ConceptoGlosa> conceptos = new HashMap<>();
		for (Catalogo.Fila fila : causales.filas()) {
			String tipo = fila.opcional("tipo");
			boolean esConcepto = tipo != null && java.util.Arrays.stream(ConceptoGlosa.values()).anyMatch(c -> c.name().equals(tipo));
			conceptos.put(fila.valor("codigo"), esConcepto ? ConceptoGlosa.valueOf(tipo) : null);
		}
		return conceptos;
	}

	/** El código oficial de una glosa que no depende del ítem (fila sin clave); {@code null} si no está. */
	public CodigoOficial buscar(ManualGlosas manual, String glosa) {
		return buscarEn(manual, glosa);
	}

	/** El código oficial por la clave (tipo de servicio) o, si no está, por la fila sin clave. */
	public CodigoOficial buscar(ManualGlosas manual, String glosa, Object clave) {
		return buscarEn(manual, glosa, clave);
	}

	/** El código oficial por la clave más específica (soporte), luego la general (tipo de servicio), luego sin clave. */
	public CodigoOficial buscar(ManualGlosas manual, String glosa, Object especifica, Object general) {
		return buscarEn(manual, glosa, especifica, general);
	}

	private CodigoOficial buscarEn(ManualGlosas manual, String glosa, Object... claves) {
		Map<String, CodigoOficial> codigos = porManual.getOrDefault(manual, Map.of());
		for (Object clave : claves) {
			if (clave != null && codigos.containsKey(llave(glosa, clave.toString()))) {
				return codigos.get(llave(glosa, clave.toString()));
			}
		}
		return codigos.get(llave(glosa, null));
	}

	private static String llave(String glosa, String clave) {
		return glosa + "|" + (clave == null ? "" : clave);
	}
}
