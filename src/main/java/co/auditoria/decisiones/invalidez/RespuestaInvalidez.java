package co.auditoria.decisiones.invalidez;

import java.util.List;

/**
 * Los campos propios de una decisión de invalidez ({@code spec/invalidez.md}, "Además").
 *
 * @param idCaso el identificador del caso, tal como vino
 * @param criterios los criterios de posible invalidez que se cumplen (los códigos de las causales)
 * @param accidenteGrave si el accidente de trabajo es grave (Resolución 1401 de 2007)
 * @param criteriosAccidenteGrave los criterios de accidente grave que se cumplen
 * @param clasificacionPcl la clasificación de la PCL calificada, si vino {@code pclCalificada}
 */
public record RespuestaInvalidez(String idCaso, List<String> criterios, boolean accidenteGrave,
		List<CriterioAccidenteGrave> criteriosAccidenteGrave, ClasificacionPcl clasificacionPcl) {
}
