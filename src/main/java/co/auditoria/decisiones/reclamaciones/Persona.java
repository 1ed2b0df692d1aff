package co.auditoria.decisiones.reclamaciones;

import java.text.Normalizer;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;

/**
 * El asegurado (la persona amparada a la que se autorizó la atención) o el paciente que figura en una factura.
 * {@link #toString()} no muestra sus datos para que nunca lleguen a un log.
 */
public record Persona(
		@NotBlank(message = "es obligatorio") String tipoDocumento,
		@NotBlank(message = "es obligatorio") String numeroDocumento,
		@NotBlank(message = "es obligatorio") String nombre) {

	/** El mismo tipo y número de documento; el número sin espacios, puntos ni guiones. */
	public boolean mismoDocumentoQue(Persona otra) {
		return tipoDocumento.strip().equalsIgnoreCase(otra.tipoDocumento.strip())
				&& documento(numeroDocumento).equals(documento(otra.numeroDocumento));
	}

	/** El mismo nombre en mayúsculas, sin tildes ni diacríticos y con los espacios colapsados. */
	public boolean mismoNombreQue(Persona otra) {
		return nombreNormalizado(nombre).equals(nombreNormalizado(otra.nombre));
	}

	static String documento(String numero) {
		return numero.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
	}

	static String nombreNormalizado(String nombre) {
		return Normalizer.normalize(nombre, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toUpperCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
	}

	@Override
	public String toString() {
		return "Persona[datos personales omitidos]";
	}
}
