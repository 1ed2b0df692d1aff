package co.auditoria.decisiones.concurrencia;

/** Hecho que inserta una regla de {@code informe.drl} cuando el caso lleva una marca del informe mensual. */
public record MarcaDelCaso(MarcaInforme marca) {
}
