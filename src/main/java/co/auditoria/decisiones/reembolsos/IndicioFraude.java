package co.auditoria.decisiones.reembolsos;

/** Hecho: un ítem con un indicio de posible fraude (doble cobro contra el historial, fechas inconsistentes). */
public record IndicioFraude(int posicion) {
}
