package co.auditoria.decisiones.ges;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.ges.TablasGes.CausasDeAsegurador;
import co.auditoria.decisiones.ges.TablasGes.CausasDeResultado;
import co.auditoria.decisiones.ges.TablasGes.FilaCausa;

/**
 * Las tablas de las causas de excepción (VI.3 y Anexo 3 del informe), sobre las garantías exceptuadas del
 * lote: una no evaluada o cumplida que trae excepción no es exceptuada y no entra.
 */
final class ExcepcionesGes {

	private static final List<ResultadoGes> RESULTADOS = List.of(ResultadoGes.values());

	private static final List<CausaExcepcion> CAUSAS = List.of(CausaExcepcion.values());

	private ExcepcionesGes() {
	}

	/** VI.3, fila Total: cada causa sobre el total de exceptuadas, con su reparto por resultado (Anexo 3). */
	static Map<String, FilaCausa> causasExcepcion(List<GarantiaDelLote> exceptuadas) {
		Map<CausaExcepcion, List<GarantiaDelLote>> porCausa = Conteo.agrupar(exceptuadas, GarantiaDelLote::causa);
		Map<String, FilaCausa> tabla = new LinkedHashMap<>();
		for (CausaExcepcion causa : CAUSAS) {
			List<GarantiaDelLote> conCausa = porCausa.get(causa);
			if (conCausa != null) {
				tabla.put(causa.name(), new FilaCausa(conCausa.size(), Conteo.porcentaje(conCausa.size(), exceptuadas.size()),
						Conteo.cuentas(conCausa, GarantiaDelLote::resultado, RESULTADOS)));
			}
		}
		return tabla;
	}

	/** VI.3, una fila por asegurador: cuántas exceptuadas por causa. */
	static Map<String, Map<String, Long>> porAseguradorYCausa(List<GarantiaDelLote> exceptuadas) {
		Map<String, Map<String, Long>> tabla = new LinkedHashMap<>();
		Conteo.agrupar(exceptuadas, GarantiaDelLote::asegurador).forEach((asegurador, propias) -> tabla.put(asegurador,
				Conteo.cuentas(propias, GarantiaDelLote::causa, CAUSAS)));
		return tabla;
	}

	/** Anexo 3: por cada resultado exceptuado, las causas en total y por asegurador, con sus porcentajes. */
	static Map<String, CausasDeResultado> causasPorResultado(List<GarantiaDelLote> exceptuadas) {
		Map<ResultadoGes, List<GarantiaDelLote>> porResultado = Conteo.agrupar(exceptuadas, GarantiaDelLote::resultado);
		Map<String, CausasDeResultado> tabla = new LinkedHashMap<>();
		for (ResultadoGes resultado : RESULTADOS) {
			List<GarantiaDelLote> conResultado = porResultado.get(resultado);
			if (conResultado == null) {
				continue;
			}
			Map<String, CausasDeAsegurador> porAsegurador = new LinkedHashMap<>();
			Conteo.agrupar(conResultado, GarantiaDelLote::asegurador).forEach((asegurador, propias) -> porAsegurador
				.put(asegurador, new CausasDeAsegurador(propias.size(), Conteo.conPorcentaje(propias, GarantiaDelLote::causa, CAUSAS))));
			tabla.put(resultado.name(), new CausasDeResultado(conResultado.size(),
					Conteo.conPorcentaje(conResultado, GarantiaDelLote::causa, CAUSAS), porAsegurador));
		}
		return tabla;
	}

}
