package co.auditoria.decisiones.conciliacion;

/** Hecho: el estado al que llegó una glosa; las reglas insertan exactamente uno por glosa. */
public record EstadoDeGlosa(String glosa, EstadoGlosa estado) {

	public boolean abierta() {
		return !estado.esFinal();
	}

	public boolean enConciliacion() {
		return estado.enConciliacion();
	}

}
