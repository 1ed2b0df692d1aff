package co.auditoria.decisiones.ges;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ResumenLote;
import co.auditoria.decisiones.ges.TablasGes.EstadoDeTipo;
import co.auditoria.decisiones.ges.TablasGes.Retraso;

/**
 * Acumula las decisiones de un lote y arma las tablas del Informe de Fiscalización N°33/2013 ({@link TablasGes}).
 * De cada decisión guarda solo lo que las tablas cuentan ({@link GarantiaDelLote}); el tipo de asegurador lo
 * trae la respuesta, que lo recibió de las reglas, así que el resumen no lee catálogos.
 */
final class ResumenGes implements ResumenLote<SolicitudGes, RespuestaGes> {

	private final List<GarantiaDelLote> garantias = new ArrayList<>();

	@Override
	public void agregar(SolicitudGes solicitud, Evaluacion evaluacion, RespuestaGes respuesta) {
		garantias.add(GarantiaDelLote.de(solicitud, ResultadoGes.valueOf(evaluacion.resultado()), respuesta));
	}

	@Override
	public TablasGes tablas() {
		TablasGes.Estado global = EstadosGes.estado(garantias);
		Map<String, EstadoDeTipo> porTipo = EstadosGes.porTipoAsegurador(garantias, global.total());
		List<GarantiaDelLote> exceptuadas = Conteo.filtrar(garantias, GarantiaDelLote::exceptuada);
		return new TablasGes(global, EstadosGes.porAsegurador(garantias), porTipo,
				EstadosGes.diferenciaAbiertasCerradas(porTipo), EstadosGes.porProblemaSalud(garantias),
				ExcepcionesGes.causasExcepcion(exceptuadas), ExcepcionesGes.porAseguradorYCausa(exceptuadas),
				ExcepcionesGes.causasPorResultado(exceptuadas), retraso());
	}

	/** Anexo 5: menor y mayor retraso de las cumplidas fuera de plazo, en veces el plazo y en días. */
	private Map<String, Retraso> retraso() {
		List<GarantiaDelLote> atrasadas = Conteo.filtrar(garantias, g -> g.resultado() == ResultadoGes.CUMPLIDA_FUERA_PLAZO);
		Map<String, Retraso> tabla = new LinkedHashMap<>();
		Conteo.agrupar(atrasadas, GarantiaDelLote::asegurador).forEach((asegurador, propias) -> {
			List<BigDecimal> veces = propias.stream().map(GarantiaDelLote::vecesPlazo).filter(Objects::nonNull).toList();
			List<Long> dias = propias.stream().map(GarantiaDelLote::diasRetraso).filter(Objects::nonNull).toList();
			tabla.put(asegurador, new Retraso(veces.stream().min(Comparator.naturalOrder()).orElse(null),
					veces.stream().max(Comparator.naturalOrder()).orElse(null),
					dias.stream().min(Comparator.naturalOrder()).orElse(null),
					dias.stream().max(Comparator.naturalOrder()).orElse(null)));
		});
		return tabla;
	}

}
