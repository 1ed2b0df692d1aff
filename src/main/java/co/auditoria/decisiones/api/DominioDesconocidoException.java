package co.auditoria.decisiones.api;

/** La ruta nombra un dominio que el servicio no tiene; se responde 404. */
public class DominioDesconocidoException extends RuntimeException {

	public DominioDesconocidoException(String dominio, Iterable<String> conocidos) {
		super("No existe el dominio '" + dominio + "'; los dominios son " + String.join(", ", conocidos));
	}

}
