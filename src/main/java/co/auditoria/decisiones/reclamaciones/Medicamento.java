package co.auditoria.decisiones.reclamaciones;

import jakarta.validation.constraints.NotNull;

/**
 * Lo que se verifica de un medicamento: "recetados por el médico tratante ... de aplicación absoluta, exclusiva y
 * necesaria para la curación de las lesiones sufridas en el accidente".
 */
public record Medicamento(
		@NotNull(message = "es obligatorio") Boolean formuladoPorMedicoTratante,
		@NotNull(message = "es obligatorio") Boolean necesarioParaLesiones) {

	public boolean cubierto() {
		return formuladoPorMedicoTratante && necesarioParaLesiones;
	}
}
