package co.auditoria.decisiones.concurrencia;

/** Las fallas del servicio que se notifican a la IPS y a Positiva (seed 001, actividades de la concurrencia). */
public enum FallaServicio {
	CALIDAD, PERTINENCIA, OPORTUNIDAD, CONTINUIDAD
}
