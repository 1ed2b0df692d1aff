package co.auditoria.decisiones.incapacidades;

import jakarta.validation.constraints.NotNull;

/**
 * El médico u odontólogo que expide el certificado. Nombre, documento y registro pueden faltar (eso es
 * la causal IT_EMISOR_INCOMPLETO, no un error de la solicitud); la consulta en ReTHUS es obligatoria
 * porque sin ella no se puede decidir.
 */
public record Medico(String nombre, String tipoDocumento, String numeroDocumento, String registroProfesional,
		@NotNull(message = "es obligatorio: resultado de la consulta en ReTHUS") Boolean registradoRethus,
		Boolean perteneceRed) {

	public Medico {
		perteneceRed = Boolean.TRUE.equals(perteneceRed);
	}

	/** Basta el número de documento o el registro profesional (seed 001, "AUDITORIA DE INCAPACIDADES"). */
	public boolean identificado() {
		return conTexto(numeroDocumento) || conTexto(registroProfesional);
	}

	public boolean conNombre() {
		return conTexto(nombre);
	}

	static boolean conTexto(String valor) {
		return valor != null && !valor.isBlank();
	}

}
