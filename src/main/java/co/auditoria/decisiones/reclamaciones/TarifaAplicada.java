package co.auditoria.decisiones.reclamaciones;

/** Con qué tarifa se liquida un ítem: la pactada en el convenio, la SOAT (Decreto 2423 de 1996) o la propia de la IPS. */
public enum TarifaAplicada {
	PACTADA, SOAT, PROPIA
}
