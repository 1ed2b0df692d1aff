package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.util.List;

/**
 * Los campos propios de una decisión de glosas ({@code spec/glosas.md}).
 *
 * @param factura el número de la factura, tal como vino
 * @param valorFacturado {@code factura.valorTotal}
 * @param valorGlosado la suma de las glosas, con el tope por ítem
 * @param valorAprobado facturado menos glosado; {@code null} si la factura está cerrada, exceptuada, no
 *        reconocida o escalada (aún no hay un valor que se pueda aprobar para pago)
 * @param manualGlosas el manual único de glosas que codifica la factura
 * @param glosas cada glosa por ítem o de la factura
 * @param escalamientos los casos especiales escalados a una gerencia
 * @param notificacion lo que debe contener la notificación al prestador, si hay glosas
 */
public record RespuestaGlosas(NumeroFactura factura, BigDecimal valorFacturado, BigDecimal valorGlosado,
		BigDecimal valorAprobado, ManualGlosas manualGlosas, List<LiquidacionGlosas.Glosa> glosas,
		List<Escalamiento> escalamientos, Notificacion notificacion) {
}
