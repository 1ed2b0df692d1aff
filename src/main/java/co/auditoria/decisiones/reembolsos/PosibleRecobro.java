package co.auditoria.decisiones.reembolsos;

/** Hecho: un ítem avalado con origen común en firme, cuyo valor aprobado se reporta como posible recobro a casa matriz. */
public record PosibleRecobro(int posicion) implements HechoLiquidacion {
}
