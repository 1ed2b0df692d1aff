package co.auditoria.decisiones.agendamiento;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ResumenLote;

/**
 * Lo que el resumen de un lote de solicitudes de cita añade ({@code spec/agendamiento.md}, "Lote"): cuántas
 * gestiona cada canal, cuántas son de la población objetivo y cuántas de migración digital.
 */
final class ResumenAgendamiento implements ResumenLote<SolicitudAgendamiento, RespuestaAgendamiento> {

	/**
	 * @param porCanalAsignado cuántas decisiones por canal asignado, en el orden del enumerado, sin ceros ni {@code null}
	 * @param poblacionObjetivo cuántas decisiones son de la población objetivo
	 * @param migracionDigital cuántas tienen migración digital
	 */
	record Tablas(Map<CanalAsignado, Integer> porCanalAsignado, int poblacionObjetivo, int migracionDigital) {
	}

	private final Map<CanalAsignado, Integer> porCanal = new EnumMap<>(CanalAsignado.class);

	private int poblacionObjetivo;

	private int migracionDigital;

	@Override
	public void agregar(SolicitudAgendamiento solicitud, Evaluacion evaluacion, RespuestaAgendamiento respuesta) {
		if (respuesta.canalAsignado() != null) {
			porCanal.merge(respuesta.canalAsignado(), 1, Integer::sum);
		}
		poblacionObjetivo += respuesta.poblacion() == Poblacion.OBJETIVO ? 1 : 0;
		migracionDigital += respuesta.migracionDigital() ? 1 : 0;
	}

	@Override
	public Tablas tablas() {
		return new Tablas(new LinkedHashMap<>(porCanal), poblacionObjetivo, migracionDigital);
	}

}
