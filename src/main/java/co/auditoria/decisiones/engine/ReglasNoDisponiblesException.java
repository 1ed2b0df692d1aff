package co.auditoria.decisiones.engine;

/** No hay reglas activas (arrancó con {@code reglas.exigir-al-arrancar=false} y aún no compilan): 503. */
public class ReglasNoDisponiblesException extends RuntimeException {

	public ReglasNoDisponiblesException() {
		super("El servicio no tiene reglas activas: las del directorio no compilan. Corríjalas y recargue.");
	}

}
