package co.auditoria.decisiones.ges;

/** Motivos por los que se cierra un caso GES sin otorgar la prestación ("Caso cerrado" en el informe). */
public enum MotivoCierre {
	INASISTENCIA, CRITERIOS_EXCLUSION, RECHAZO_PRESTADOR, RECHAZO_TRATAMIENTO, VOLUNTAD_BENEFICIARIO,
	DECISION_PROFESIONAL, OTRO
}
