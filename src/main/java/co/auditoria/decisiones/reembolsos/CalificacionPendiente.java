package co.auditoria.decisiones.reembolsos;

import co.auditoria.decisiones.engine.Causal;

/**
 * Hecho: el evento no tiene calificación de origen (o es común sin firmeza) y solo se reembolsan eventos
 * calificados (seed 001, definición de "Reembolso"): lo que no se objete queda pendiente. Es de la solicitud.
 */
public record CalificacionPendiente(Causal causal) implements HechoLiquidacion {
}
