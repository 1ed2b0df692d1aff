package co.auditoria.decisiones.reclamaciones;

import jakarta.validation.constraints.NotNull;

/** El médico que atendió; ReTHUS dice si está legalmente autorizado para ejercer (Ley 1164 de 2007). */
public record MedicoTratante(
		String nombre,
		String registroProfesional,
		@NotNull(message = "es obligatorio") Boolean registradoRethus) {

	@Override
	public String toString() {
		return "MedicoTratante[registradoRethus=" + registradoRethus + "]";
	}
}
