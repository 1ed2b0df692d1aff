package co.auditoria.decisiones.concurrencia;

/**
 * Si el auditor juzga, por el diagnóstico, que el caso va al programa de rehabilitación integral, y si ya está
 * matriculado (el documento no trae la lista de diagnósticos). Ausentes son falsos.
 */
public record Rehabilitacion(Boolean requiere, Boolean matriculado) {

	static final Rehabilitacion NO_REQUERIDA = new Rehabilitacion(false, false);

	public Rehabilitacion {
		requiere = Boolean.TRUE.equals(requiere);
		matriculado = Boolean.TRUE.equals(matriculado);
	}

	public boolean porMatricular() {
		return requiere && !matriculado;
	}

}
