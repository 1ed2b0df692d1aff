package co.auditoria.decisiones.glosas;

import java.util.EnumMap;
import java.util.Map;

/**
 * El manual único de glosas que rige la codificación oficial de una factura, con la forma de sus códigos: el
 * catálogo que no la respeta no carga (422 al recargar), para que un código mal copiado no llegue a un prestador.
 */
public enum ManualGlosas {

	/**
	 * Anexo técnico 6 de la Resolución 3047 de 2008 (mod. 416 de 2009 y 3385 de 2011): tres dígitos, el primero
	 * es el concepto (1 facturación, 2 tarifas, 3 soportes, 4 autorizaciones, 5 cobertura, 6 pertinencia).
	 */
	RES_3047_2008("manual-res-3047-2008", "\\d{3}", prefijos("1", "2", "3", "4", "5", "6")),

	/**
	 * Anexo técnico 3 de la Resolución 2284 de 2023 (mod. 627 y 1885 de 2024): prefijo del concepto (FA, TA, SO,
	 * AU, CO, CL) más cuatro dígitos.
	 */
	RES_2284_2023("manual-res-2284-2023", "[A-Z]{2}\\d{4}", prefijos("FA", "TA", "SO", "AU", "CO", "CL"));

	private final String catalogo;

	private final String formato;

	private final Map<ConceptoGlosa, String> prefijos;

	ManualGlosas(String catalogo, String formato, Map<ConceptoGlosa, String> prefijos) {
		this.catalogo = catalogo;
		this.formato = formato;
		this.prefijos = prefijos;
	}

	/** Nombre del CSV bajo {@code rules/glosas/} sin extensión. */
	String catalogo() {
		return catalogo;
	}

	/** Qué le falta a un código para ser de este manual y del concepto de su glosa, o {@code null} si nada. */
	String problemaDelCodigo(String codigo, ConceptoGlosa concepto) {
		if (!codigo.matches(formato)) {
			return "el código '" + codigo + "' no tiene la forma de los del manual (" + formato + ")";
		}
		if (concepto != null && !codigo.startsWith(prefijos.get(concepto))) {
			return "el código '" + codigo + "' no es del concepto " + concepto + " (empieza por " + prefijos.get(concepto) + ")";
		}
		return null;
	}

	/** En el orden de {@link ConceptoGlosa}. */
	private static Map<ConceptoGlosa, String> prefijos(String... prefijos) {
		Map<ConceptoGlosa, String> porConcepto = new EnumMap<>(ConceptoGlosa.class);
		for (ConceptoGlosa concepto : ConceptoGlosa.values()) {
			porConcepto.put(concepto, prefijos[concepto.ordinal()]);
		}
		return porConcepto;
	}

}
