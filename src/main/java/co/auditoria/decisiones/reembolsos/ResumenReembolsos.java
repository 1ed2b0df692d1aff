package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ResumenLote;

/**
 * Lo que el resumen de un lote de reembolsos añade, para el informe mensual (seed 001, "ENTREGABLES": "clasificación
 * de las causales", "valor aprobado", "ciudades de mayores reembolsos", "alerta de reembolsos de alto costo y casos
 * de posible fraude"). Solo sobre los casos decididos; las tablas no tienen claves en cero.
 */
final class ResumenReembolsos implements ResumenLote<SolicitudReembolso, RespuestaReembolso> {

	/** Una ciudad: cuántos reembolsos, cuánto se pidió y cuánto se aprobó. */
	record Ciudad(int cantidad, BigDecimal valorSolicitado, BigDecimal valorAprobado) {

		Ciudad mas(RespuestaReembolso respuesta) {
			return new Ciudad(cantidad + 1, valorSolicitado.add(respuesta.valorSolicitado()),
					valorAprobado.add(respuesta.valorAprobado()));
		}
	}

	/**
	 * @param altoCosto cuántos casos son de alto costo
	 * @param posibleFraude cuántos casos son de posible fraude
	 * @param porCausal cuántos casos listan cada causal, por código
	 * @param porCiudad los casos con ciudad, de la que más pidió a la que menos
	 */
	record Tablas(BigDecimal valorSolicitado, BigDecimal valorAprobado, BigDecimal valorObjetado, BigDecimal valorPendiente,
			int altoCosto, int posibleFraude, Map<String, Integer> porCausal, Map<String, Ciudad> porCiudad) {
	}

	private static final Ciudad SIN_CASOS = new Ciudad(0, BigDecimal.ZERO, BigDecimal.ZERO);

	private BigDecimal solicitado = BigDecimal.ZERO;

	private BigDecimal aprobado = BigDecimal.ZERO;

	private BigDecimal objetado = BigDecimal.ZERO;

	private BigDecimal pendiente = BigDecimal.ZERO;

	private int altoCosto;

	private int posibleFraude;

	private final Map<String, Integer> porCausal = new TreeMap<>();

	private final Map<String, Ciudad> porCiudad = new LinkedHashMap<>();

	@Override
	public void agregar(SolicitudReembolso solicitud, Evaluacion evaluacion, RespuestaReembolso respuesta) {
		solicitado = solicitado.add(respuesta.valorSolicitado());
		aprobado = aprobado.add(respuesta.valorAprobado());
		objetado = objetado.add(respuesta.valorObjetado());
		pendiente = pendiente.add(respuesta.valorPendiente());
		altoCosto += respuesta.altoCosto() ? 1 : 0;
		posibleFraude += respuesta.posibleFraude() ? 1 : 0;
		evaluacion.causales().forEach(causal -> porCausal.merge(causal.codigo(), 1, Integer::sum));
		String ciudad = solicitud.reembolso().ciudad();
		if (ciudad != null) {
			porCiudad.put(ciudad, porCiudad.getOrDefault(ciudad, SIN_CASOS).mas(respuesta));
		}
	}

	@Override
	public Tablas tablas() {
		Map<String, Ciudad> ciudades = new LinkedHashMap<>();
		porCiudad.entrySet().stream()
			.sorted(Map.Entry.<String, Ciudad>comparingByValue(Comparator.comparing(Ciudad::valorSolicitado)).reversed()
				.thenComparing(Map.Entry.comparingByKey()))
			.forEach(ciudad -> ciudades.put(ciudad.getKey(), ciudad.getValue()));
		return new Tablas(solicitado, aprobado, objetado, pendiente, altoCosto, posibleFraude, porCausal, ciudades);
	}

}
