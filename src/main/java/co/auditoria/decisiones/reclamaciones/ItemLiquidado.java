package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;

/**
 * Cómo quedó un ítem ({@code liquidacion} de la respuesta): con qué tarifa, lo facturado, lo liquidado (lo que se
 * reconoce o, si está pendiente, lo que se reconocería; 0 si se objeta) y su estado.
 */
public record ItemLiquidado(String item, String factura, Amparo amparo, TarifaAplicada tarifaAplicada,
		BigDecimal valorFacturado, BigDecimal valorLiquidado, EstadoItem estado) {
}
