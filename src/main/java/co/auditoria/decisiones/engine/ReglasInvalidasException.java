package co.auditoria.decisiones.engine;

import java.util.List;

/** El conjunto de reglas no compila; las reglas activas no cambian. */
public class ReglasInvalidasException extends RuntimeException {

	private final List<ErrorRegla> errores;

	public ReglasInvalidasException(List<ErrorRegla> errores) {
		super("Las reglas no compilan: " + errores);
		this.errores = List.copyOf(errores);
	}

	public List<ErrorRegla> errores() {
		return errores;
	}

}
