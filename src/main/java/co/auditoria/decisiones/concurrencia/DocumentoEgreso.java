package co.auditoria.decisiones.concurrencia;

/**
 * Lo que el asegurado debe llevar al egreso de la IPS (seed 001: "Garantizar que al egreso de la IPS el asegurado
 * cuente con ..."). Es el vocabulario de {@code egreso.documentos}: un código que no está aquí es un 400. Cuándo se
 * exige cada uno, su descripción y su orden los dice {@code rules/concurrencia/documentos_egreso.csv}, que debe
 * traer todos y solo estos.
 */
public enum DocumentoEgreso {
	EPICRISIS, DIAS_HOSPITALIZACION, PROCEDIMIENTOS, AYUDAS_DIAGNOSTICAS, TRATAMIENTOS_PENDIENTES, EXAMENES_LABORATORIO,
	PLAN_ATENCION_AMBULATORIA, RECOMENDACIONES_MEDICAS, INCAPACIDAD
}
