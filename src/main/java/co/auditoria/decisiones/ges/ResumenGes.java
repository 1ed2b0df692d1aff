package co.auditoria.decisiones.ges;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import co.auditoria.decisiones.engine.Dominio.DecisionTomada;

/**
 * Las tablas del Informe de Fiscalización N°33/2013 sobre un lote de garantías ({@code spec/ges.md},
 * "Lote y resumen"): estado por asegurador (VI.1, Anexo 1), causas de excepción (VI.3, Anexo 3) y
 * retraso de las cumplidas fuera de plazo (Anexo 5). Los aseguradores van en el orden en que aparecen
 * en el lote.
 */
final class ResumenGes {

	static final String SIN_ASEGURADOR = "(sin asegurador)";

	private static final List<ResultadoGes> RESULTADOS = List.of(ResultadoGes.values());

	private static final List<GrupoResultado> GRUPOS = List.of(GrupoResultado.values());

	private static final List<CausaExcepcion> CAUSAS = List.of(CausaExcepcion.values());

	private final List<Garantia> garantias;

	ResumenGes(List<DecisionTomada<SolicitudGes>> decisiones) {
		this.garantias = decisiones.stream().map(Garantia::de).toList();
	}

	Map<String, Object> tablas() {
		List<Garantia> exceptuadas = filtrar(garantias, g -> g.grupo() == GrupoResultado.EXCEPTUADA);
		Map<String, Object> tablas = new LinkedHashMap<>();
		tablas.put("porAsegurador", porAsegurador());
		tablas.put("causasExcepcion", causasExcepcion(exceptuadas));
		tablas.put("porAseguradorYCausa", porAseguradorYCausa(exceptuadas));
		tablas.put("retraso", retraso());
		tablas.put("global", estado(garantias));
		tablas.put("causasPorResultado", causasPorResultado(exceptuadas));
		return tablas;
	}

	/** VI.1 (evaluadas, % sobre las evaluadas del asegurador) y Anexo 1 (no evaluadas, % sobre ellas). */
	private Map<String, Object> porAsegurador() {
		Map<String, Object> tabla = new LinkedHashMap<>();
		aseguradores(garantias).forEach(asegurador -> tabla.put(asegurador, estado(delAsegurador(garantias, asegurador))));
		return tabla;
	}

	private static Map<String, Object> estado(List<Garantia> garantias) {
		List<Garantia> evaluadas = filtrar(garantias, g -> g.grupo() != GrupoResultado.NO_EVALUADA);
		List<Garantia> noEvaluadas = filtrar(garantias, g -> g.grupo() == GrupoResultado.NO_EVALUADA);
		Map<String, Object> estado = new LinkedHashMap<>();
		estado.put("total", evaluadas.size());
		estado.put("porResultado", Conteo.conPorcentaje(evaluadas, Garantia::resultado, RESULTADOS));
		estado.put("porGrupo", Conteo.conPorcentaje(evaluadas, Garantia::grupo, GRUPOS));
		if (!noEvaluadas.isEmpty()) {
			Map<String, Object> anexo1 = new LinkedHashMap<>();
			anexo1.put("total", noEvaluadas.size());
			anexo1.put("porResultado", Conteo.conPorcentaje(noEvaluadas, Garantia::resultado, RESULTADOS));
			estado.put("noEvaluadas", anexo1);
		}
		return estado;
	}

	/** VI.3, fila Total: cada causa sobre el total de exceptuadas, con su reparto por resultado (Anexo 3). */
	private static Map<String, Object> causasExcepcion(List<Garantia> exceptuadas) {
		Map<String, Object> tabla = new LinkedHashMap<>();
		for (CausaExcepcion causa : CAUSAS) {
			List<Garantia> conCausa = filtrar(exceptuadas, g -> g.causa() == causa);
			if (!conCausa.isEmpty()) {
				Map<String, Object> fila = Conteo.celda(conCausa.size(), exceptuadas.size());
				fila.putAll(Conteo.cuentas(conCausa, Garantia::resultado, RESULTADOS));
				tabla.put(causa.name(), fila);
			}
		}
		return tabla;
	}

	/** VI.3, una fila por asegurador: cuántas exceptuadas por causa. */
	private static Map<String, Object> porAseguradorYCausa(List<Garantia> exceptuadas) {
		Map<String, Object> tabla = new LinkedHashMap<>();
		aseguradores(exceptuadas).forEach(asegurador -> tabla.put(asegurador,
				Conteo.cuentas(delAsegurador(exceptuadas, asegurador), Garantia::causa, CAUSAS)));
		return tabla;
	}

	/** Anexo 3: por cada resultado exceptuado, las causas en total y por asegurador, con sus porcentajes. */
	private static Map<String, Object> causasPorResultado(List<Garantia> exceptuadas) {
		Map<String, Object> tabla = new LinkedHashMap<>();
		for (ResultadoGes resultado : RESULTADOS) {
			List<Garantia> conResultado = filtrar(exceptuadas, g -> g.resultado() == resultado);
			if (conResultado.isEmpty()) {
				continue;
			}
			Map<String, Object> porAsegurador = new LinkedHashMap<>();
			aseguradores(conResultado).forEach(asegurador -> {
				List<Garantia> propias = delAsegurador(conResultado, asegurador);
				porAsegurador.put(asegurador, Map.of("total", propias.size(), "porCausa",
						Conteo.conPorcentaje(propias, Garantia::causa, CAUSAS)));
			});
			Map<String, Object> bloque = new LinkedHashMap<>();
			bloque.put("total", conResultado.size());
			bloque.put("porCausa", Conteo.conPorcentaje(conResultado, Garantia::causa, CAUSAS));
			bloque.put("porAsegurador", porAsegurador);
			tabla.put(resultado.name(), bloque);
		}
		return tabla;
	}

	/** Anexo 5: menor y mayor retraso de las cumplidas fuera de plazo, en veces el plazo y en días. */
	private Map<String, Object> retraso() {
		List<Garantia> atrasadas = filtrar(garantias, g -> g.resultado() == ResultadoGes.CUMPLIDA_FUERA_PLAZO);
		Map<String, Object> tabla = new LinkedHashMap<>();
		for (String asegurador : aseguradores(atrasadas)) {
			List<Garantia> propias = delAsegurador(atrasadas, asegurador);
			List<BigDecimal> veces = propias.stream().map(Garantia::vecesPlazo).filter(Objects::nonNull).toList();
			List<Long> dias = propias.stream().map(Garantia::diasRetraso).filter(Objects::nonNull).toList();
			Map<String, Object> fila = new LinkedHashMap<>();
			if (!veces.isEmpty()) {
				fila.put("vecesPlazoMin", veces.stream().min(Comparator.naturalOrder()).orElseThrow());
				fila.put("vecesPlazoMax", veces.stream().max(Comparator.naturalOrder()).orElseThrow());
			}
			if (!dias.isEmpty()) {
				fila.put("diasRetrasoMin", dias.stream().min(Comparator.naturalOrder()).orElseThrow());
				fila.put("diasRetrasoMax", dias.stream().max(Comparator.naturalOrder()).orElseThrow());
			}
			tabla.put(asegurador, fila);
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

		static Garantia de(DecisionTomada<SolicitudGes> decision) {
			SolicitudGes solicitud = decision.solicitud();
			String asegurador = solicitud.asegurador() == null || solicitud.asegurador().isBlank() ? SIN_ASEGURADOR
					: solicitud.asegurador().strip();
			Map<String, Object> campos = decision.camposPropios();
			return new Garantia(asegurador, ResultadoGes.valueOf(decision.resultado()),
					solicitud.excepcion() == null ? null : solicitud.excepcion().causa(),
					campos.get("diasRetraso") instanceof Number dias ? dias.longValue() : null,
					campos.get("vecesPlazo") instanceof BigDecimal veces ? veces : null);
		}

		GrupoResultado grupo() {
			return resultado.grupo();
		}

	}

}
