package co.auditoria.decisiones.glosas;

import jakarta.validation.constraints.NotBlank;

/**
 * La persona atendida. Sus datos van en la notificación de la glosa (Ley 1438 de 2011, art. 57) y en ningún
 * otro lado: {@link #toString()} no los muestra para que nunca lleguen a un log.
 */
public record Usuario(
		String tipoDocumento,
		@NotBlank(message = "es obligatorio") String numeroDocumento,
		@NotBlank(message = "es obligatorio") String nombre) {

	@Override
	public String toString() {
		return "Usuario[datos personales omitidos]";
	}
}
