package co.auditoria.decisiones.glosas;

/** Respuesta de una gerencia a un escalamiento; {@code null} en la solicitud: aún no responde. */
public enum RespuestaGerencia {
	POSITIVA, NEGATIVA
}
