package co.auditoria.decisiones.invalidez;

/** Hecho que inserta una regla de {@code clasificacion-pcl.drl} con la clasificación de la PCL calificada. */
public record PclClasificada(ClasificacionPcl clasificacion) {
}
