package co.auditoria.decisiones.incapacidades;

import jakarta.validation.constraints.NotNull;

/** La entidad (IPS, EPS) que expide el certificado y si pertenece a la red adscrita de la ARL. */
public record Entidad(String nombre, String nit,
		@NotNull(message = "es obligatorio: si la entidad pertenece a la red") Boolean perteneceRed) {

	public boolean conNombre() {
		return Medico.conTexto(nombre);
	}

}
