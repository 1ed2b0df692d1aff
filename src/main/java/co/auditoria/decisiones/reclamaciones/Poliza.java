package co.auditoria.decisiones.reclamaciones;

import java.time.LocalDate;
import java.util.List;

import co.auditoria.decisiones.cie10.Cie10;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * La póliza que ampara el siniestro: producto, vigencia, amparos con su valor asegurado y el clausulado. Los elementos de
 * sus listas los revisa {@link ValidacionReclamacion} (ver {@link SolicitudReclamacion}).
 */
public record Poliza(
		@NotBlank(message = "es obligatorio") String numero,
		@NotNull(message = "es obligatorio") Producto producto,
		@NotNull(message = "es obligatoria") LocalDate fechaInicioVigencia,
		@NotNull(message = "es obligatoria") LocalDate fechaFinVigencia,
		@NotNull(message = "es obligatorio") Boolean exigeAutorizacionPrevia,
		@NotEmpty(message = "debe traer al menos un amparo")
		List<@Valid AmparoContratado> amparos,
		List<String> complicacionesCubiertas,
		List<String> codigosExcluidos) {

	public Poliza {
		complicacionesCubiertas = complicacionesCubiertas == null ? List.of() : complicacionesCubiertas;
		codigosExcluidos = codigosExcluidos == null ? List.of() : codigosExcluidos;
	}

	/** "Vigencia": la fecha está entre el inicio y el fin, extremos incluidos. */
	public boolean vigenteEn(LocalDate fecha) {
		return !fecha.isBefore(fechaInicioVigencia) && !fecha.isAfter(fechaFinVigencia);
	}

	public boolean contrata(Amparo amparo) {
		return amparos.stream().anyMatch(contratado -> contratado.amparo() == amparo);
	}

	/** "El clausulado y las excepciones": el código del servicio está entre los excluidos. */
	public boolean excluye(String codigo) {
		return codigosExcluidos.stream().anyMatch(excluido -> excluido.strip().equals(codigo.strip()));
	}

	/**
	 * La complicación está cubierta si una entrada es el mismo código, o una entrada de tres caracteres es su
	 * categoría ({@code T81} cubre {@code T81.4}); se compara sin punto y sin distinguir mayúsculas.
	 */
	public boolean cubreComplicacion(String complicacion) {
		if (complicacion == null) {
			return false;
		}
		String codigo = Cie10.normalizar(complicacion);
		return complicacionesCubiertas.stream().map(Cie10::normalizar)
			.anyMatch(cubierta -> cubierta.equals(codigo) || (cubierta.length() == 3 && cubierta.equals(Cie10.categoria(codigo))));
	}
}
