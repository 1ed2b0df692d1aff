package co.auditoria.decisiones.engine;

/**
 * Hecho con el que una regla propone un resultado. Si varias lo hacen, gana el de mayor precedencia
 * del dominio.
 */
public record Resultado(String valor) {
}
