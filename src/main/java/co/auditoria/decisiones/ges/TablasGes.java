package co.auditoria.decisiones.ges;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Las tablas que el lote GES añade a {@code resumen}: las del Informe de Fiscalización N°33/2013 ({@code spec/ges.md},
 * "Lote y resumen", con el mapa de qué bloque es qué tabla del informe). Todo porcentaje lleva un decimal, redondeo
 * half-up ({@link Conteo}); una clave de resultado, grupo o causa solo aparece con cuenta mayor que cero.
 *
 * @param global el estado de todo el lote (fila TOTAL de VI.1 y del Anexo 6; Anexo 1, fila Total)
 * @param porAsegurador VI.1, Anexo 1 y Anexo 2: el estado de cada asegurador, con su tipo
 * @param porTipoAsegurador Anexo 2, filas TOTAL, y VI.2: el estado de cada tipo y su parte de las evaluadas
 * @param diferenciaAbiertasCerradas VI.2: abiertas menos cerradas en puntos porcentuales; solo con ambas
 * @param porProblemaSalud Anexo 6: el estado de cada problema de salud
 * @param causasExcepcion VI.3, fila Total: cada causa sobre las exceptuadas, con su reparto por resultado
 * @param porAseguradorYCausa VI.3: cuántas exceptuadas por causa en cada asegurador
 * @param causasPorResultado Anexo 3: las causas de cada resultado exceptuado, en total y por asegurador
 * @param retraso Anexo 5: el menor y el mayor retraso de las cumplidas fuera de plazo de cada asegurador
 */
record TablasGes(Estado global, Map<String, EstadoDeAsegurador> porAsegurador, Map<String, EstadoDeTipo> porTipoAsegurador,
		@JsonInclude(JsonInclude.Include.NON_NULL) Diferencia diferenciaAbiertasCerradas, Map<String, Estado> porProblemaSalud,
		Map<String, FilaCausa> causasExcepcion, Map<String, Map<String, Long>> porAseguradorYCausa,
		Map<String, CausasDeResultado> causasPorResultado, Map<String, Retraso> retraso) {

	/** Una cuenta con su porcentaje. */
	record Celda(long cuenta, BigDecimal porcentaje) {
	}

	/**
	 * El estado de un conjunto de garantías: las evaluadas por resultado y por grupo, con porcentajes sobre
	 * ellas (las columnas de VI.1), y las no evaluadas aparte (Anexo 1), solo si hay alguna.
	 */
	@JsonPropertyOrder({ "total", "porResultado", "porGrupo", "noEvaluadas" })
	record Estado(int total, Map<String, Celda> porResultado, Map<String, Celda> porGrupo,
			@JsonInclude(JsonInclude.Include.NON_NULL) NoEvaluadas noEvaluadas) {
	}

	/** Las no evaluadas de un conjunto, por su evaluabilidad, con porcentajes sobre ellas. */
	record NoEvaluadas(int total, Map<String, Celda> porResultado) {
	}

	/** Una fila de {@code porAsegurador}: su estado y su tipo (sin asegurador, sin tipo). */
	record EstadoDeAsegurador(@JsonUnwrapped Estado estado,
			@JsonInclude(JsonInclude.Include.NON_NULL) TipoAsegurador tipoAsegurador) {
	}

	/** Una fila de {@code porTipoAsegurador}: su estado y su {@code total} sobre el de todo el lote. */
	record EstadoDeTipo(@JsonUnwrapped Estado estado, BigDecimal porcentaje) {
	}

	/** Porcentaje de las abiertas menos el de las cerradas, ya redondeados, por resultado y por grupo. */
	record Diferencia(Map<String, BigDecimal> porResultado, Map<String, BigDecimal> porGrupo) {
	}

	/** Una causa: su porcentaje sobre las exceptuadas y cuántas hay en cada resultado exceptuado. */
	@JsonPropertyOrder({ "cuenta", "porcentaje" })
	record FilaCausa(long cuenta, BigDecimal porcentaje, @JsonAnyGetter Map<String, Long> porResultado) {
	}

	/** Las causas de un resultado exceptuado, en total y por asegurador. */
	record CausasDeResultado(int total, Map<String, Celda> porCausa, Map<String, CausasDeAsegurador> porAsegurador) {
	}

	record CausasDeAsegurador(int total, Map<String, Celda> porCausa) {
	}

	/** El menor y el mayor retraso de las cumplidas fuera de plazo; sin veces si ninguna las trae. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Retraso(BigDecimal vecesPlazoMin, BigDecimal vecesPlazoMax, Long diasRetrasoMin, Long diasRetrasoMax) {
	}

}
