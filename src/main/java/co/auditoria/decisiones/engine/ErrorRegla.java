package co.auditoria.decisiones.engine;

/** Un error de compilación de un archivo de reglas o de catálogo; {@code linea} es 0 si no se conoce. */
public record ErrorRegla(String archivo, int linea, String mensaje) {

	@Override
	public String toString() {
		return archivo + ":" + linea + ": " + mensaje;
	}

}
