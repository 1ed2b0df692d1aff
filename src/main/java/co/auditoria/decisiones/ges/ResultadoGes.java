package co.auditoria.decisiones.ges;

import java.util.Arrays;
import java.util.List;

/**
 * Los once resultados de una garantía, en el orden de precedencia de {@code spec/ges.md} (el primero es
 * el que más pesa), cada uno con su grupo. Las reglas proponen el resultado por su nombre.
 */
public enum ResultadoGes {

	NO_EVALUABLE(GrupoResultado.NO_EVALUADA), NO_CONCLUYENTE(GrupoResultado.NO_EVALUADA),
	INGRESO_ERRONEO(GrupoResultado.NO_EVALUADA), SIN_INFORMACION(GrupoResultado.NO_EVALUADA),
	CUMPLIDA_DENTRO_PLAZO(GrupoResultado.CUMPLIDA), CUMPLIDA_FUERA_PLAZO(GrupoResultado.CUMPLIDA),
	EXCEPTUADA_DENTRO_PLAZO(GrupoResultado.EXCEPTUADA), EXCEPTUADA_FUERA_PLAZO(GrupoResultado.EXCEPTUADA),
	EXCEPTUADA_SIN_PLAZO(GrupoResultado.EXCEPTUADA), CASO_CERRADO(GrupoResultado.CASO_CERRADO),
	PENDIENTE(GrupoResultado.PENDIENTE);

	private static final List<String> POR_PRECEDENCIA = Arrays.stream(values()).map(Enum::name).toList();

	private final GrupoResultado grupo;

	ResultadoGes(GrupoResultado grupo) {
		this.grupo = grupo;
	}

	public GrupoResultado grupo() {
		return grupo;
	}

	static List<String> porPrecedencia() {
		return POR_PRECEDENCIA;
	}

}
