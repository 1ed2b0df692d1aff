package co.auditoria.decisiones.ges;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.auditoria.decisiones.ges.TablasGes.Celda;
import co.auditoria.decisiones.ges.TablasGes.Diferencia;
import co.auditoria.decisiones.ges.TablasGes.Estado;
import co.auditoria.decisiones.ges.TablasGes.EstadoDeAsegurador;
import co.auditoria.decisiones.ges.TablasGes.EstadoDeTipo;
import co.auditoria.decisiones.ges.TablasGes.NoEvaluadas;

/**
 * Las tablas del resumen que son un "estado" por fila ({@code spec/ges.md}, "Estado de un conjunto de
 * garantías"): por asegurador (VI.1, Anexos 1 y 2), por tipo de asegurador y su diferencia (Anexo 2, VI.2) y por
 * problema de salud (Anexo 6). Las filas van en el orden en que aparecen en el lote.
 */
final class EstadosGes {

	private static final List<ResultadoGes> RESULTADOS = List.of(ResultadoGes.values());

	private static final List<GrupoResultado> GRUPOS = List.of(GrupoResultado.values());

	private static final BigDecimal CERO = new BigDecimal("0.0");

	private EstadosGes() {
	}

	/** Evaluadas por resultado y grupo (% sobre las evaluadas) y no evaluadas por evaluabilidad (% sobre ellas). */
	static Estado estado(List<GarantiaDelLote> garantias) {
		List<GarantiaDelLote> evaluadas = Conteo.filtrar(garantias, GarantiaDelLote::evaluada);
		List<GarantiaDelLote> noEvaluadas = Conteo.filtrar(garantias, g -> !g.evaluada());
		return new Estado(evaluadas.size(), Conteo.conPorcentaje(evaluadas, GarantiaDelLote::resultado, RESULTADOS),
				Conteo.conPorcentaje(evaluadas, GarantiaDelLote::grupo, GRUPOS), noEvaluadas.isEmpty() ? null
						: new NoEvaluadas(noEvaluadas.size(), Conteo.conPorcentaje(noEvaluadas, GarantiaDelLote::resultado, RESULTADOS)));
	}

	/** VI.1, Anexo 1 y Anexo 2: una fila por asegurador, con el tipo que las reglas le dieron. */
	static Map<String, EstadoDeAsegurador> porAsegurador(List<GarantiaDelLote> garantias) {
		Map<String, EstadoDeAsegurador> tabla = new LinkedHashMap<>();
		Conteo.agrupar(garantias, GarantiaDelLote::asegurador).forEach((asegurador, propias) -> tabla.put(asegurador,
				new EstadoDeAsegurador(estado(propias), propias.get(0).tipoAsegurador())));
		return tabla;
	}

	/**
	 * Anexo 2, filas TOTAL, y VI.2 ("en las ISAPRES abiertas se constituye el 91.2 % (1.236) de las garantías
	 * medibles"): un estado por tipo con alguna garantía, y sus evaluadas sobre las de todo el lote.
	 */
	static Map<String, EstadoDeTipo> porTipoAsegurador(List<GarantiaDelLote> garantias, int evaluadasDelLote) {
		Map<TipoAsegurador, List<GarantiaDelLote>> porTipo = Conteo.agrupar(
				Conteo.filtrar(garantias, g -> g.tipoAsegurador() != null), GarantiaDelLote::tipoAsegurador);
		Map<String, EstadoDeTipo> tabla = new LinkedHashMap<>();
		for (TipoAsegurador tipo : TipoAsegurador.values()) {
			List<GarantiaDelLote> delTipo = porTipo.get(tipo);
			if (delTipo != null) {
				Estado estado = estado(delTipo);
				tabla.put(tipo.name(), new EstadoDeTipo(estado,
						evaluadasDelLote == 0 ? CERO : Conteo.porcentaje(estado.total(), evaluadasDelLote)));
			}
		}
		return tabla;
	}

	/**
	 * VI.2: porcentaje de las abiertas menos el de las cerradas, restando los ya redondeados como el informe
	 * (85,8 − 61,3 = 24,5 puntos); {@code null} si alguno de los dos tipos no tiene evaluadas.
	 */
	static Diferencia diferenciaAbiertasCerradas(Map<String, EstadoDeTipo> porTipo) {
		Estado abiertas = evaluadas(porTipo.get(TipoAsegurador.ABIERTA.name()));
		Estado cerradas = evaluadas(porTipo.get(TipoAsegurador.CERRADA.name()));
		if (abiertas == null || cerradas == null) {
			return null;
		}
		return new Diferencia(restar(abiertas.porResultado(), cerradas.porResultado(), RESULTADOS),
				restar(abiertas.porGrupo(), cerradas.porGrupo(), GRUPOS));
	}

	/** Anexo 6: una fila por problema de salud. */
	static Map<String, Estado> porProblemaSalud(List<GarantiaDelLote> garantias) {
		Map<String, Estado> tabla = new LinkedHashMap<>();
		Conteo.agrupar(garantias, GarantiaDelLote::problemaSalud).forEach((problema, propias) -> tabla.put(problema, estado(propias)));
		return tabla;
	}

	private static Estado evaluadas(EstadoDeTipo fila) {
		return fila == null || fila.estado().total() == 0 ? null : fila.estado();
	}

	/** Cada clave presente en al menos uno de los dos; la ausente vale 0,0. */
	private static Map<String, BigDecimal> restar(Map<String, Celda> de, Map<String, Celda> menos, List<?> claves) {
		Map<String, BigDecimal> diferencia = new LinkedHashMap<>();
		claves.stream().map(Objects::toString).filter(clave -> de.containsKey(clave) || menos.containsKey(clave))
			.forEach(clave -> diferencia.put(clave, porcentaje(de, clave).subtract(porcentaje(menos, clave))));
		return diferencia;
	}

	private static BigDecimal porcentaje(Map<String, Celda> fila, String clave) {
		Celda celda = fila.get(clave);
		return celda == null ? CERO : celda.porcentaje();
	}

}
