package co.auditoria.decisiones.agendamiento;

/**
 * Por dónde llega la solicitud de cita (seed 002, "Actores del proceso"): el IVR de la línea de citas
 * (4441234, opción citas médicas), el asesor de esa línea, la sede (el afiliado llega a tomar turno) o uno de
 * los cuatro canales digitales de autogestión.
 */
public enum CanalEntrada {

	IVR(CanalAsignado.ASESOR), ASESOR_TELEFONICO(CanalAsignado.ASESOR), PRESENCIAL(CanalAsignado.TAQUILLA),
	LINA_WHATSAPP(CanalAsignado.LINA_WHATSAPP), APP(CanalAsignado.APP), WEB(CanalAsignado.WEB),
	TRANSACCIONES_SALUD(CanalAsignado.TRANSACCIONES_SALUD);

	private final CanalAsignado canalQueAtiende;

	CanalEntrada(CanalAsignado canalQueAtiende) {
		this.canalQueAtiende = canalQueAtiende;
	}

	/**
	 * Quién gestiona la cita cuando no se redirige (spec, paso 4): el asesor de citas (también el que recibe la
	 * transferencia del IVR), la taquilla de la sede o el mismo canal digital de entrada.
	 */
	public CanalAsignado canalQueAtiende() {
		return canalQueAtiende;
	}

	/** Lina WhatsApp, la APP, la web o Transacciones Salud: el afiliado se autogestiona. */
	public boolean esDigital() {
		return this != IVR && !atendidoPorPersona();
	}

	/** Un asesor o el anfitrión de la sede atienden en persona: solo ahí se pregunta por los medios digitales. */
	public boolean atendidoPorPersona() {
		return this == ASESOR_TELEFONICO || this == PRESENCIAL;
	}

}
