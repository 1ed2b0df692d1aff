package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hecho que inserta la regla de valores: los de cada glosa a partir de su estado, la respuesta que cuenta, la
 * decisión aplicada y la fila del acta aplicada, y los de la factura sobre las glosas que no son improcedentes
 * ({@code spec/conciliacion.md}, "Valores"). Es aritmética sobre lo que decidieron las reglas, no una condición de
 * negocio que un analista cambie; se calcula una vez y la respuesta lo lee.
 *
 * <p>Con todas las glosas cerradas, {@code valorAPagar + valorDefinitivoGlosa = valorFacturado}: cada glosa cerrada
 * deja como definitivo su valor menos lo levantado, y se paga lo no glosado más lo levantado.
 */
public final class LiquidacionConciliacion {

	/** Los totales de la factura. */
	public record Totales(BigDecimal valorFacturado, BigDecimal valorGlosadoInicial, BigDecimal valorAceptadoPrestador,
			BigDecimal valorLevantado, BigDecimal valorRatificado, BigDecimal valorConciliado,
			BigDecimal valorDefinitivoGlosa, BigDecimal valorEnDisputa, BigDecimal valorAPagar) {
	}

	private final List<ValorGlosa> glosas;

	private final Totales totales;

	private LiquidacionConciliacion(List<ValorGlosa> glosas, Totales totales) {
		this.glosas = glosas;
		this.totales = totales;
	}

	/**
	 * @param estados los {@link EstadoDeGlosa} de la sesión, uno por glosa
	 * @param respuestas las {@link RespuestaTramitada}
	 * @param decisiones las {@link DecisionAplicada}
	 * @param filas las {@link FilaActaAplicada}
	 */
	public static LiquidacionConciliacion de(SolicitudConciliacion solicitud, Collection<?> estados, Collection<?> respuestas,
			Collection<?> decisiones, Collection<?> filas) {
		Map<String, EstadoDeGlosa> porEstado = porGlosa(estados, EstadoDeGlosa.class, EstadoDeGlosa::glosa);
		Map<String, RespuestaTramitada> porRespuesta = porGlosa(respuestas, RespuestaTramitada.class, RespuestaTramitada::glosa);
		Map<String, DecisionAplicada> porDecision = porGlosa(decisiones, DecisionAplicada.class, DecisionAplicada::glosa);
		Map<String, FilaActaAplicada> porFila = porGlosa(filas, FilaActaAplicada.class, FilaActaAplicada::glosa);
		List<ValorGlosa> glosas = new ArrayList<>();
		for (GlosaFormulada glosa : solicitud.glosas()) {
			EstadoDeGlosa estado = porEstado.get(glosa.id());
			if (estado == null) {
				throw new IllegalStateException("Las reglas no dieron estado a la glosa " + glosa.id());
			}
			glosas.add(valores(glosa, estado.estado(), porRespuesta.get(glosa.id()), porDecision.get(glosa.id()),
					porFila.get(glosa.id())));
		}
		return new LiquidacionConciliacion(List.copyOf(glosas), totales(solicitud.factura().valorTotal(), glosas));
	}

	private static ValorGlosa valores(GlosaFormulada glosa, EstadoGlosa estado, RespuestaTramitada respuesta,
			DecisionAplicada decision, FilaActaAplicada fila) {
		BigDecimal valor = glosa.valor();
		String codigoRespuesta = respuesta == null ? null : respuesta.codigoRespuesta();
		if (estado == EstadoGlosa.IMPROCEDENTE) {
			return new ValorGlosa(glosa.id(), glosa.item(), glosa.codigo(), glosa.codigoManual(), estado, null, valor,
					BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO);
		}
		BigDecimal aceptado = respuesta == null ? BigDecimal.ZERO : glosa.aceptadoSegunRespuesta();
		BigDecimal levantadoPorDecision = decision == null ? BigDecimal.ZERO : glosa.levantadoSegunDecision();
		BigDecimal ratificado = decision == null ? BigDecimal.ZERO : valor.subtract(aceptado).subtract(levantadoPorDecision);
		BigDecimal levantado = levantadoPorDecision.add(fila == null ? BigDecimal.ZERO : fila.valorLevantado());
		// Lo que estaba en conciliación (lo ratificado, o todo si no hubo respuesta) menos lo que el acta levanta.
		BigDecimal conciliado = estado == EstadoGlosa.CONCILIADA ? valor.subtract(aceptado).subtract(levantado) : null;
		BigDecimal definitivo = estado.esFinal() ? valor.subtract(levantado) : null;
		return new ValorGlosa(glosa.id(), glosa.item(), glosa.codigo(), glosa.codigoManual(), estado, codigoRespuesta, valor,
				aceptado, levantado, ratificado, conciliado, definitivo);
	}

	private static Totales totales(BigDecimal facturado, List<ValorGlosa> glosas) {
		BigDecimal glosado = BigDecimal.ZERO;
		BigDecimal aceptado = BigDecimal.ZERO;
		BigDecimal levantado = BigDecimal.ZERO;
		BigDecimal ratificado = BigDecimal.ZERO;
		BigDecimal conciliado = BigDecimal.ZERO;
		BigDecimal definitivo = BigDecimal.ZERO;
		BigDecimal enDisputa = BigDecimal.ZERO;
		for (ValorGlosa glosa : glosas) {
			if (glosa.improcedente()) {
				continue;
			}
			glosado = glosado.add(glosa.valorGlosadoInicial());
			aceptado = aceptado.add(glosa.valorAceptadoPrestador());
			levantado = levantado.add(glosa.valorLevantado());
			ratificado = ratificado.add(glosa.valorRatificado());
			conciliado = conciliado.add(glosa.valorConciliado() == null ? BigDecimal.ZERO : glosa.valorConciliado());
			definitivo = definitivo.add(glosa.valorDefinitivoGlosa() == null ? BigDecimal.ZERO : glosa.valorDefinitivoGlosa());
			enDisputa = enDisputa.add(glosa.enDisputa());
		}
		// "Registrar los valores finales de la contestación o conciliación": se paga lo no glosado más lo levantado.
		return new Totales(facturado, glosado, aceptado, levantado, ratificado, conciliado, definitivo, enDisputa,
				facturado.subtract(glosado).add(levantado));
	}

	private static <T> Map<String, T> porGlosa(Collection<?> hechos, Class<T> tipo, Function<T, String> glosa) {
		Map<String, T> porGlosa = new HashMap<>();
		hechos.forEach(hecho -> porGlosa.put(glosa.apply(tipo.cast(hecho)), tipo.cast(hecho)));
		return porGlosa;
	}

	public List<ValorGlosa> glosas() {
		return glosas;
	}

	public Totales totales() {
		return totales;
	}

}
