package co.auditoria.decisiones.agendamiento;

/**
 * Lo que reporta el formulario de incidentes (seed 002, "Formulario para Call Transar y Embajadores"): solo el
 * error tecnológico se escala por ese medio; los otros tres son "Casos que no deben ser escalados por este medio".
 */
public enum TipoIncidente {
	ERROR_TECNOLOGICO, NO_DISPONIBILIDAD_CITAS, MEDICO_INCAPACITADO, FIN_CONTRATO_MEDICO
}
