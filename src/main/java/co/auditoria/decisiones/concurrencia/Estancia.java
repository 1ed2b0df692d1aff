package co.auditoria.decisiones.concurrencia;

/** Hecho con la clase de la estancia (corta o larga), sus horas enteras y sus días de censo. */
public record Estancia(ClaseEstancia clase, long horas, long dias) {

	public static Estancia de(ClaseEstancia clase, Cronologia cronologia) {
		return new Estancia(clase, cronologia.horasEstancia(), cronologia.diasEstancia());
	}

}
