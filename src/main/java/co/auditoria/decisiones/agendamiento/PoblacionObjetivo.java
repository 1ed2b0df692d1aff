package co.auditoria.decisiones.agendamiento;

/** Hecho: el afiliado es población objetivo de la migración (ninguna causal de alcance ni de población). */
public record PoblacionObjetivo() {
}
