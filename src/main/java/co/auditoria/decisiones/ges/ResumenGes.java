package co.auditoria.decisiones.ges;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ResumenLote;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Las tablas del Informe de Fiscalización N°33/2013 sobre un lote de garantías ({@code spec/ges.md},
 * "Lote y resumen"): estado por asegurador (VI.1, Anexo 1), causas de excepción (VI.3, Anexo 3) y
 * retraso de las cumplidas fuera de plazo (Anexo 5). Los aseguradores van en el orden en que aparecen
 * en el lote. Guarda de cada decisión solo lo que las tablas cuentan.
 */
final class ResumenGes implements ResumenLote<SolicitudGes, RespuestaGes> {

	static final String SIN_ASEGURADOR = "(sin asegurador)";

	private static final List<ResultadoGes> RESULTADOS = List.of(ResultadoGes.values());

	private static final List<GrupoResultado> GRUPOS = List.of(GrupoResultado.values());

	private static final List<CausaExcepcion> CAUSAS = List.of(CausaExcepcion.values());

	/** Una cuenta con su porcentaje (un decimal, half-up). */
	record Celda(long cuenta, BigDecimal porcentaje) {
	}

	/** El estado de un conjunto de garantías: evaluadas por resultado y grupo, y las no evaluadas si hay. */
	@JsonPropertyOrder({ "total", "porResultado", "porGrupo", "noEvaluadas" })
	record Estado(int total, Map<String, Celda> porResultado, Map<String, Celda> porGrupo,
			@JsonInclude(JsonInclude.Include.NON_NULL) NoEvaluadas noEvaluadas) {
	}

	/** Anexo 1: las no evaluadas de un conjunto, por su evaluabilidad, con porcentajes sobre ellas. */
	record NoEvaluadas(int total, Map<String, Celda> porResultado) {
	}

	/** VI.3, fila Total: una causa, su porcentaje sobre las exceptuadas y su reparto por resultado (Anexo 3). */
	@JsonPropertyOrder({ "cuenta", "porcentaje" })
	record FilaCausa(long cuenta, BigDecimal porcentaje, @JsonAnyGetter Map<String, Long> porResultado) {
	}

	/** Anexo 3: las causas de un resultado exceptuado, en total y por asegurador. */
	record CausasDeResultado(int total, Map<String, Celda> porCausa, Map<String, CausasDeAsegurador> porAsegurador) {
	}

	record CausasDeAsegurador(int total, Map<String, Celda> porCausa) {
	}

	/** Anexo 5: el menor y el mayor retraso de las cumplidas fuera de plazo de un asegurador. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Retraso(BigDecimal vecesPlazoMin, BigDecimal vecesPlazoMax, Long diasRetrasoMin, Long diasRetrasoMax) {
	}

	/** Las tablas que el lote GES añade a {@code resumen}. */
	record Tablas(Map<String, Estado> porAsegurador, Map<String, FilaCausa> causasExcepcion,
			Map<String, Map<String, Long>> porAseguradorYCausa, Map<String, Retraso> retraso, Estado global,
			Map<String, CausasDeResultado> causasPorResultado) {
	}

	private final List<Garantia> garantias = new ArrayList<>();

	@Override
	public void agregar(SolicitudGes solicitud, Evaluacion evaluacion, RespuestaGes respuesta) {
		garantias.add(Garantia.de(solicitud, respuesta, ResultadoGes.valueOf(evaluacion.resultado())));
	}

	@Override
	public Tablas tablas() {
		List<Garantia> exceptuadas = filtrar(garantias, g -> g.grupo() == GrupoResultado.EXCEPTUADA);
		return new Tablas(porAsegurador(), causasExcepcion(exceptuadas), porAseguradorYCausa(exceptuadas), retraso(),
				estado(garantias), causasPorResultado(exceptuadas));
	}

	/** VI.1 (evaluadas, % sobre las evaluadas del asegurador) y Anexo 1 (no evaluadas, % sobre ellas). */
	private Map<String, Estado> porAsegurador() {
		Map<String, Estado> tabla = new LinkedHashMap<>();
		aseguradores(garantias).forEach(asegurador -> tabla.put(asegurador, estado(delAsegurador(garantias, asegurador))));
		return tabla;
	}

	private static Estado estado(List<Garantia> garantias) {
		List<Garantia> evaluadas = filtrar(garantias, g -> g.grupo() != GrupoResultado.NO_EVALUADA);
		List<Garantia> noEvaluadas = filtrar(garantias, g -> g.grupo() == GrupoResultado.NO_EVALUADA);
		return new Estado(evaluadas.size(), Conteo.conPorcentaje(evaluadas, Garantia::resultado, RESULTADOS),
				Conteo.conPorcentaje(evaluadas, Garantia::grupo, GRUPOS), noEvaluadas.isEmpty() ? null
						: new NoEvaluadas(noEvaluadas.size(), Conteo.conPorcentaje(noEvaluadas, Garantia::resultado, RESULTADOS)));
	}

	/** VI.3, fila Total: cada causa sobre el total de exceptuadas, con su reparto por resultado (Anexo 3). */
	private static Map<String, FilaCausa> causasExcepcion(List<Garantia> exceptuadas) {
		Map<String, FilaCausa> tabla = new LinkedHashMap<>();
		for (CausaExcepcion causa : CAUSAS) {
			List<Garantia> conCausa = filtrar(exceptuadas, g -> g.causa() == causa);
			if (!conCausa.isEmpty()) {
				tabla.put(causa.name(), new FilaCausa(conCausa.size(), Conteo.porcentaje(conCausa.size(), exceptuadas.size()),
						Conteo.cuentas(conCausa, Garantia::resultado, RESULTADOS)));
			}
		}
		return tabla;
	}

	/** VI.3, una fila por asegurador: cuántas exceptuadas por causa. */
	private static Map<String, Map<String, Long>> porAseguradorYCausa(List<Garantia> exceptuadas) {
		Map<String, Map<String, Long>> tabla = new LinkedHashMap<>();
		aseguradores(exceptuadas).forEach(asegurador -> tabla.put(asegurador,
				Conteo.cuentas(delAsegurador(exceptuadas, asegurador), Garantia::causa, CAUSAS)));
		return tabla;
	}

	/** Anexo 3: por cada resultado exceptuado, las causas en total y por asegurador, con sus porcentajes. */
	private static Map<String, CausasDeResultado> causasPorResultado(List<Garantia> exceptuadas) {
		Map<String, CausasDeResultado> tabla = new LinkedHashMap<>();
		for (ResultadoGes resultado : RESULTADOS) {
			List<Garantia> conResultado = filtrar(exceptuadas, g -> g.resultado() == resultado);
			if (conResultado.isEmpty()) {
				continue;
			}
			Map<String, CausasDeAsegurador> porAsegurador = new LinkedHashMap<>();
			aseguradores(conResultado).forEach(asegurador -> {
				List<Garantia> propias = delAsegurador(conResultado, asegurador);
				porAsegurador.put(asegurador, new CausasDeAsegurador(propias.size(),
						Conteo.conPorcentaje(propias, Garantia::causa, CAUSAS)));
			});
			tabla.put(resultado.name(), new CausasDeResultado(conResultado.size(),
					Conteo.conPorcentaje(conResultado, Garantia::causa, CAUSAS), porAsegurador));
		}
		return tabla;
	}

	/** Anexo 5: menor y mayor retraso de las cumplidas fuera de plazo, en veces el plazo y en días. */
	private Map<String, Retraso> retraso() {
		List<Garantia> atrasadas = filtrar(garantias, g -> g.resultado() == ResultadoGes.CUMPLIDA_FUERA_PLAZO);
		Map<String, Retraso> tabla = new LinkedHashMap<>();
		for (String asegurador : aseguradores(atrasadas)) {
			List<Garantia> propias = delAsegurador(atrasadas, asegurador);
			List<BigDecimal> veces = propias.stream().map(Garantia::vecesPlazo).filter(Objects::nonNull).toList();
			List<Long> dias = propias.stream().map(Garantia::diasRetraso).filter(Objects::nonNull).toList();
			tabla.put(asegurador, new Retraso(veces.stream().min(Comparator.naturalOrder()).orElse(null),
					veces.stream().max(Comparator.naturalOrder()).orElse(null),
					dias.stream().min(Comparator.naturalOrder()).orElse(null),
					dias.stream().max(Comparator.naturalOrder()).orElse(null)));
		}
		return tabla;
	}

	private static Set<String> aseguradores(List<Garantia> garantias) {
		Set<String> aseguradores = new LinkedHashSet<>();
		garantias.forEach(g -> aseguradores.add(g.asegurador()));
		return aseguradores;
	}

	private static List<Garantia> delAsegurador(List<Garantia> garantias, String asegurador) {
		return filtrar(garantias, g -> g.asegurador().equals(asegurador));
	}

	private static List<Garantia> filtrar(List<Garantia> garantias, Predicate<Garantia> condicion) {
		return garantias.stream().filter(condicion).toList();
	}

	/** Lo que el resumen necesita de cada decisión. */
	record Garantia(String asegurador, ResultadoGes resultado, CausaExcepcion causa, Long diasRetraso,
			BigDecimal vecesPlazo) {

		static Garantia de(SolicitudGes solicitud, RespuestaGes respuesta, ResultadoGes resultado) {
			String asegurador = solicitud.asegurador() == null || solicitud.asegurador().isBlank() ? SIN_ASEGURADOR
					: solicitud.asegurador().strip();
			return new Garantia(asegurador, resultado, solicitud.excepcion() == null ? null : solicitud.excepcion().causa(),
					respuesta.diasRetraso(), respuesta.vecesPlazo());
		}

		GrupoResultado grupo() {
			return resultado.grupo();
		}

	}

}
