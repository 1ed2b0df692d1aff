package co.auditoria.decisiones.reclamaciones;

/** Cobertura de gastos de la póliza (seed 001, "5. AUDITORIA PARA EL RECONOCIMIENTO DE RECLAMACIONES ..."). */
public enum Amparo {
	GASTOS_MEDICOS, GASTOS_TRASLADO, RIESGO_BIOLOGICO
}
