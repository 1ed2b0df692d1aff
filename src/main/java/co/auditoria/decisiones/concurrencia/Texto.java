package co.auditoria.decisiones.concurrencia;

/** Lo que las anotaciones de los textos de la solicitud comparten: ninguno puede ir en blanco (concurrencia.md). */
final class Texto {

	/** Al menos un carácter que no sea espacio; {@code null} lo deja pasar (los opcionales). */
	static final String NO_EN_BLANCO = "(?s).*\\S.*";

	static final String EN_BLANCO = "no puede ir en blanco";

	private Texto() {
	}

}
