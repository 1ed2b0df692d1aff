package co.auditoria.decisiones.reembolsos;

/**
 * Lo que las reglas de causales dejan para la liquidación de los ítems ({@link LiquidacionReembolso}): causales de
 * un ítem, la calificación pendiente de la solicitud, el saldo SOAT y los ítems que son posible recobro.
 */
public sealed interface HechoLiquidacion permits CausalItem, CalificacionPendiente, SaldoSoat, PosibleRecobro {
}
