package co.auditoria.decisiones.agendamiento;

/** "Agendamiento de citas de medicina general y pediatría (primera vez, control, y no programada)" (seed 002). */
public enum TipoConsulta {
	PRIMERA_VEZ, CONTROL, NO_PROGRAMADA
}
