package co.auditoria.decisiones.reclamaciones;

/** Ramo de un producto en {@code productos.csv} (seed 001, "SEGUROS DE ACCIDENTES" y "SEGUROS DE SALUD"). */
public enum RamoPoliza {
	ACCIDENTES_PERSONALES, SALUD
}
