package co.auditoria.decisiones.engine;

/** Una fila de un catálogo CSV que no se puede interpretar; {@code linea} es la del archivo. */
public class CatalogoInvalidoException extends RuntimeException {

	private final String archivo;

	private final long linea;

	public CatalogoInvalidoException(String archivo, long linea, String mensaje) {
		super(mensaje);
		this.archivo = archivo;
		this.linea = linea;
	}

	public ErrorRegla comoError() {
		return new ErrorRegla(archivo, (int) linea, getMessage());
	}

}
