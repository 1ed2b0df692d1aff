package co.auditoria.decisiones.reclamaciones;

/**
 * Producto de la póliza (seed 001, "SEGUROS DE ACCIDENTES" y "SEGUROS DE SALUD"); qué evento ampara cada uno lo dice
 * {@code rules/reclamaciones/productos.csv}. Vida y muerte no son gastos: no son productos de este dominio.
 */
public enum Producto {
	ACCIDENTES_PERSONALES_INDIVIDUAL, ACCIDENTES_PERSONALES_COLECTIVO, ACCIDENTES_PERSONALES_CORTO_PLAZO,
	GENERACION_POSITIVA, CIRUGIA_POSITIVA
}
