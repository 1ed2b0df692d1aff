package co.auditoria.decisiones.glosas;

/** El manual único de glosas que rige la codificación oficial de una factura. */
public enum ManualGlosas {

	/** Anexo técnico 6 de la Resolución 3047 de 2008 (mod. 416 de 2009 y 3385 de 2011). */
	RES_3047_2008("manual-res-3047-2008"),

	/** Anexo técnico 3 de la Resolución 2284 de 2023 (mod. 627 y 1885 de 2024). */
	RES_2284_2023("manual-res-2284-2023");

	private final String catalogo;

	ManualGlosas(String catalogo) {
		this.catalogo = catalogo;
	}

	/** Nombre del CSV bajo {@code rules/glosas/} sin extensión. */
	String catalogo() {
		return catalogo;
	}
}
