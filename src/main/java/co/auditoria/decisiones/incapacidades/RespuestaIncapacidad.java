package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;
import java.util.List;

/**
 * Los campos propios de una decisión de incapacidad ({@code spec/incapacidades.md}).
 *
 * @param idIncapacidad el identificador del certificado, tal como vino
 * @param fechaLimiteDecision 5 días hábiles desde la radicación
 * @param plazoVencido si la fecha de evaluación ya pasó la fecha límite de la decisión
 * @param fechaFinIncapacidad el último día de la incapacidad
 * @param diasAcumulados los días previos del mismo siniestro más los del certificado
 * @param observaciones efectos que no son causales (homologación, telemedicina, recaída, excepciones)
 * @param cobrosSolapados otras radicaciones que cobran días del mismo periodo
 */
public record RespuestaIncapacidad(String idIncapacidad, LocalDate fechaLimiteDecision, Boolean plazoVencido,
		LocalDate fechaFinIncapacidad, long diasAcumulados, List<Observacion> observaciones,
		List<CobroSolapado> cobrosSolapados) {
}
