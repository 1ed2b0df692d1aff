package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import co.auditoria.decisiones.glosas.ManualGlosas;
import co.auditoria.decisiones.glosas.NumeroFactura;

/**
 * Los campos propios de una decisión de conciliación ({@code spec/conciliacion.md}, "Valores"). Los valores de la
 * factura suman las glosas que no son improcedentes.
 *
 * @param factura el número de la factura, tal como vino
 * @param manualGlosas el manual único que da los códigos de respuesta, por la fecha de radicación
 * @param fechaCierreMaximo 4 meses desde la radicación
 * @param valorFacturado {@code factura.valorTotal}
 * @param valorConciliado la suma de lo conciliado (una glosa no conciliada suma 0)
 * @param valorDefinitivoGlosa la suma del valor definitivo de las glosas finales
 * @param valorEnDisputa lo que sigue en disputa en las glosas abiertas: ni aceptado ni levantado
 * @param valorAPagar facturado menos lo glosado más lo levantado
 * @param glosas cada glosa, en el orden de la solicitud
 */
public record RespuestaConciliacion(NumeroFactura factura, ManualGlosas manualGlosas, LocalDate fechaCierreMaximo,
		BigDecimal valorFacturado, BigDecimal valorGlosadoInicial, BigDecimal valorAceptadoPrestador,
		BigDecimal valorLevantado, BigDecimal valorRatificado, BigDecimal valorConciliado,
		BigDecimal valorDefinitivoGlosa, BigDecimal valorEnDisputa, BigDecimal valorAPagar, List<ValorGlosa> glosas) {

	static RespuestaConciliacion de(String numero, ManualGlosas manual, LocalDate cierreMaximo,
			LiquidacionConciliacion liquidacion) {
		LiquidacionConciliacion.Totales totales = liquidacion.totales();
		return new RespuestaConciliacion(new NumeroFactura(numero), manual, cierreMaximo, totales.valorFacturado(),
				totales.valorGlosadoInicial(), totales.valorAceptadoPrestador(), totales.valorLevantado(),
				totales.valorRatificado(), totales.valorConciliado(), totales.valorDefinitivoGlosa(),
				totales.valorEnDisputa(), totales.valorAPagar(), liquidacion.glosas());
	}

}
