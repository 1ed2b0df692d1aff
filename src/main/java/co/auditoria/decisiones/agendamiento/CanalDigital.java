package co.auditoria.decisiones.agendamiento;

/** Los canales digitales de autogestión, los únicos que el formulario de incidentes admite (seed 002). */
public enum CanalDigital {
	LINA_WHATSAPP, APP, WEB, TRANSACCIONES_SALUD
}
