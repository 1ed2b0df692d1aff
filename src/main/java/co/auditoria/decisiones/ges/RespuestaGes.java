package co.auditoria.decisiones.ges;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Los campos propios de una decisión GES ({@code spec/ges.md}, "Resultado"). Los de retraso y seguimiento solo
 * aparecen cuando aplican.
 *
 * @param idGarantia el identificador de la garantía, tal como vino
 * @param grupo el grupo del resultado (las columnas de la tabla VI.1 del informe)
 * @param tipoAsegurador el tipo del asegurador según {@code rules/ges/tipos-asegurador.csv}; sin asegurador, no va
 * @param diasRetraso días corridos de la fecha límite al cumplimiento, si se cumplió fuera de plazo
 * @param vecesPlazo cuántas veces el plazo tomó el cumplimiento (dos decimales), si hay fecha de inicio
 * @param indiceResolucion fracción del plazo transcurrida de una pendiente (dos decimales)
 * @param nivelRiesgo el nivel de riesgo de una pendiente por su índice
 */
public record RespuestaGes(String idGarantia, GrupoResultado grupo,
		@JsonInclude(JsonInclude.Include.NON_NULL) TipoAsegurador tipoAsegurador,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long diasRetraso,
		@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal vecesPlazo,
		@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal indiceResolucion,
		@JsonInclude(JsonInclude.Include.NON_NULL) NivelRiesgo nivelRiesgo) {
}
