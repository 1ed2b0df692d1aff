package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * El trabajador incapacitado. Nombre y documento no se usan en las reglas ni se registran: solo viajan
 * con la solicitud. {@code nitEmpresa} es opcional y permite reconocer una empresa especial por la lista
 * {@code empresas-especiales.csv} además de por la marca {@code empresaEspecial}.
 */
public record Afiliado(String tipoDocumento, String numeroDocumento, String nombre,
		@NotNull(message = "es obligatoria") LocalDate fechaInicioCobertura,
		@NotNull(message = "es obligatorio") Boolean vinculado,
		Boolean empresaEspecial,
		String nitEmpresa) {

	public Afiliado {
		empresaEspecial = Boolean.TRUE.equals(empresaEspecial);
	}

}
