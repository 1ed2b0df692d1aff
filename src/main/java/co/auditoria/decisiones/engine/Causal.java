package co.auditoria.decisiones.engine;

/**
 * Hecho que una regla inserta cuando encuentra un motivo por el que el resultado no es el favorable.
 * La descripción, el tipo y el efecto salen de {@code causales.csv} del dominio.
 */
public record Causal(String codigo) {
}
