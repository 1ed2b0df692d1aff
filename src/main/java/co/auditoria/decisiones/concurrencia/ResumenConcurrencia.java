package co.auditoria.decisiones.concurrencia;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ResumenLote;

/**
 * Lo que el resumen de un lote del censo añade ({@code spec/concurrencia.md}, "Lote"), para el informe mensual
 * ("casos por regionales – sucursales", "estancias prolongadas", "promedio de días de estancia"): cuentas planas
 * sin claves en cero, sobre los casos decididos. Guarda solo las cuentas y la suma de días.
 */
final class ResumenConcurrencia implements ResumenLote<SolicitudConcurrencia, RespuestaConcurrencia> {

	/**
	 * @param porEstancia casos por clase de estancia
	 * @param porEstadoVisita casos por estado de la visita presencial
	 * @param porMarca cuántos casos llevan cada marca del informe
	 * @param porSucursal casos por sucursal, tal como llega, de los que la traen
	 * @param promedioDiasEstancia la media de los días de estancia, con dos decimales (mitad hacia arriba), o
	 *        {@code null} sin casos decididos
	 */
	record Tablas(Map<ClaseEstancia, Integer> porEstancia, Map<EstadoVisita, Integer> porEstadoVisita,
			Map<MarcaInforme, Integer> porMarca, Map<String, Integer> porSucursal, BigDecimal promedioDiasEstancia) {
	}

	private final Map<ClaseEstancia, Integer> porEstancia = new EnumMap<>(ClaseEstancia.class);

	private final Map<EstadoVisita, Integer> porEstadoVisita = new EnumMap<>(EstadoVisita.class);

	private final Map<MarcaInforme, Integer> porMarca = new EnumMap<>(MarcaInforme.class);

	private final Map<String, Integer> porSucursal = new LinkedHashMap<>();

	private long casos;

	private long diasEstancia;

	@Override
	public void agregar(SolicitudConcurrencia solicitud, Evaluacion evaluacion, RespuestaConcurrencia respuesta) {
		if (respuesta.estancia() != null) {
			porEstancia.merge(respuesta.estancia(), 1, Integer::sum);
		}
		if (respuesta.visitaPresencial() != null) {
			porEstadoVisita.merge(respuesta.visitaPresencial().estado(), 1, Integer::sum);
		}
		respuesta.marcasInforme().forEach(marca -> porMarca.merge(marca, 1, Integer::sum));
		if (solicitud.sucursal() != null) {
			porSucursal.merge(solicitud.sucursal(), 1, Integer::sum);
		}
		if (respuesta.diasEstancia() != null) {
			casos++;
			diasEstancia += respuesta.diasEstancia();
		}
	}

	@Override
	public Tablas tablas() {
		BigDecimal promedio = casos == 0 ? null
				: BigDecimal.valueOf(diasEstancia).divide(BigDecimal.valueOf(casos), 2, RoundingMode.HALF_UP);
		return new Tablas(new EnumMap<>(porEstancia), new EnumMap<>(porEstadoVisita), new EnumMap<>(porMarca),
				new LinkedHashMap<>(porSucursal), promedio);
	}

}
