package co.auditoria.decisiones.glosas;

/** Manual tarifario con el que facturó el prestador. */
public enum Tarifario {
	PACTADO, SOAT_PLENO, ISS_2001, ISS_2004, PROPIO;

	/** Nota 2 del seed: lo facturado en ISS 2001/2004 tiene por tope la homologación a SOAT pleno. */
	public boolean esIss() {
		return this == ISS_2001 || this == ISS_2004;
	}
}
