package co.auditoria.decisiones.agendamiento;

/** El canal que gestiona la cita: uno de los cuatro digitales, la autogestión en el IVR, el asesor o la taquilla. */
public enum CanalAsignado {
	LINA_WHATSAPP, APP, WEB, TRANSACCIONES_SALUD, IVR_AUTOGESTION, ASESOR, TAQUILLA
}
