package co.auditoria.decisiones.api;

import java.util.List;

import co.auditoria.decisiones.engine.ErrorCampo;

/** Una solicitud que no se puede decidir; se responde 400 nombrando los campos culpables. */
public class SolicitudInvalidaException extends RuntimeException {

	private final List<ErrorCampo> errores;

	public SolicitudInvalidaException(String detalle, List<ErrorCampo> errores) {
		super(detalle);
		this.errores = List.copyOf(errores);
	}

	public List<ErrorCampo> errores() {
		return errores;
	}

}
