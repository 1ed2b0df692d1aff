package co.auditoria.decisiones.conciliacion;

/**
 * Por qué se pidió ampliar los tiempos de gestión (seed 001: "cantidad de anexos de las facturas, publicación
 * extemporánea en el aplicativo para la gestión o fallas tecnológicas en el sistema").
 */
public enum MotivoAmpliacion {
	CANTIDAD_ANEXOS, PUBLICACION_EXTEMPORANEA, FALLA_TECNOLOGICA
}
