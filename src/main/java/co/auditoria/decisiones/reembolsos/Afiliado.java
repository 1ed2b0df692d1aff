package co.auditoria.decisiones.reembolsos;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * El trabajador atendido. Su documento y su nombre van en la notificación (seed 001, nota 3) y en ningún otro
 * lado: {@link #toString()} no los muestra para que nunca lleguen a un log.
 *
 * @param coberturaVigente cobertura en la fecha del siniestro según los aplicativos de la ARL
 */
public record Afiliado(
		String tipoDocumento,
		@NotBlank(message = "es obligatorio") String numeroDocumento,
		@NotBlank(message = "es obligatorio") String nombre,
		@NotNull(message = "es obligatoria") Boolean coberturaVigente) {

	public Afiliado {
		tipoDocumento = tipoDocumento == null || tipoDocumento.isBlank() ? null : tipoDocumento;
	}

	@Override
	public String toString() {
		return "Afiliado[datos personales omitidos]";
	}
}
