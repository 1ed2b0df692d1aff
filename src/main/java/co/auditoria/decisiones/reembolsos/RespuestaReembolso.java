package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;
import java.util.List;

/**
 * Los campos propios de una decisión de reembolso ({@code spec/reembolsos.md}, "Campos propios de la respuesta").
 * Siempre {@code valorAprobado = valorSolicitado − valorObjetado − valorPendiente}.
 *
 * @param reembolso el número del reembolso, tal como vino
 * @param valorPosibleRecobro lo aprobado con origen común en firme y autorización válida (0 si no aplica)
 * @param topeSoat el tope SOAT de gastos médicos si es accidente de tránsito, o {@code null}
 * @param saldoSoat lo que falta para agotar ese tope según la certificación, o {@code null} si no hay certificación
 * @param objeciones una por ítem con valor objetado, en el orden de {@code items}
 * @param pendientes una por ítem con valor pendiente, en el orden de {@code items}
 * @param notificacion el contenido de la notificación al solicitante, si se le notifica
 */
public record RespuestaReembolso(NumeroReembolso reembolso, BigDecimal valorSolicitado, BigDecimal valorAprobado,
		BigDecimal valorObjetado, BigDecimal valorPendiente, BigDecimal valorPosibleRecobro, boolean altoCosto,
		boolean posibleFraude, BigDecimal topeSoat, BigDecimal saldoSoat, List<LiquidacionReembolso.Objecion> objeciones,
		List<LiquidacionReembolso.Pendiente> pendientes, Notificacion notificacion) {
}
