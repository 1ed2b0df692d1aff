package co.auditoria.decisiones.conciliacion;

/** Por dónde se envía una citación de conciliación (seed 001, nota 5: "correo electrónico o correo certificado"). */
public enum MedioComunicacion {
	CORREO_ELECTRONICO, CORREO_CERTIFICADO
}
