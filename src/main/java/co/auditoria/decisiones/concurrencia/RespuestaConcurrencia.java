package co.auditoria.decisiones.concurrencia;

import java.util.List;

/**
 * Los campos propios de una decisión de concurrencia ({@code spec/concurrencia.md}, "Campos propios de la
 * respuesta").
 *
 * @param idCaso el identificador del caso, tal como vino
 * @param etapa si sigue hospitalizado o ya egresó
 * @param estancia corta (hasta 72 horas desde el ingreso) o larga
 * @param horasEstancia horas enteras desde el ingreso hasta el egreso o la evaluación
 * @param diasEstancia días de censo (uno por medianoche, al menos 1)
 * @param visitaPresencial el plazo de la visita, la primera visita y su estado
 * @param seguimiento el último contacto, el plazo del siguiente y su estado; {@code null} si egresó
 * @param cargue el plazo del cargue del egreso, cuándo se hizo y su estado; {@code null} si sigue hospitalizado
 * @param documentosFaltantes los documentos exigidos al egreso que no recibió, en el orden del catálogo
 * @param marcasInforme las marcas del caso para el informe mensual
 * @param informeMensual el mes del informe en que cuenta el caso y su fecha de entrega
 */
public record RespuestaConcurrencia(String idCaso, Etapa etapa, ClaseEstancia estancia, Long horasEstancia,
		Long diasEstancia, VisitaPresencial visitaPresencial, Seguimiento seguimiento, Cargue cargue,
		List<DocumentoEgreso> documentosFaltantes, List<MarcaInforme> marcasInforme, InformeMensual informeMensual) {
}
