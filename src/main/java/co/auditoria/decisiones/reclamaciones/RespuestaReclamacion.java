package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Los campos propios de una decisión de reclamaciones ({@code spec/reclamaciones.md}), con
 * {@code valorReclamado = valorReconocido + valorObjetado + valorPendiente}.
 *
 * @param idReclamacion el de la solicitud
 * @param valorReconocido lo que se paga (lo reconocible, si la reclamación está pendiente de documentos)
 * @param valorPendiente lo liquidado de los ítems que esperan lo que se pidió
 * @param fechaLimiteLegal el fin del mes para pagar u objetar, prorrogado al día hábil siguiente; {@code null} si la
 *        reclamación está pendiente de documentos (el mes no corre mientras esté incompleta)
 * @param objeciones de la reclamación, de los ítems en el orden de la solicitud y de los amparos
 * @param liquidacion cada ítem con su tarifa, su valor liquidado y su estado
 * @param amparos el tope de cada amparo contratado, en el orden de la póliza
 */
public record RespuestaReclamacion(String idReclamacion, BigDecimal valorReclamado, BigDecimal valorReconocido,
		BigDecimal valorObjetado, BigDecimal valorPendiente, LocalDate fechaLimiteLegal, List<Objecion> objeciones,
		List<ItemLiquidado> liquidacion, List<SaldoAmparo> amparos) {
}
