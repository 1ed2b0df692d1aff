package co.auditoria.decisiones.agendamiento;

import java.util.HashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * Los CUPS del alcance de la migración ({@code cups-alcance.csv}, columnas
 * {@code codigo,descripcion,especialidad,tipoConsulta}) con su especialidad. Inmutable: las reglas lo usan como
 * global.
 */
public final class CupsAlcance {

	private final Map<String, Especialidad> especialidades;

	private CupsAlcance(Map<String, Especialidad> especialidades) {
		this.especialidades = Map.copyOf(especialidades);
	}

	static CupsAlcance desde(Catalogo catalogo) {
		Map<String, Especialidad> especialidades = new HashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			String codigo = fila.valor("codigo");
			if (!codigo.matches(SolicitudAgendamiento.CUPS)) {
				throw fila.error("el CUPS '" + codigo + "' no tiene de 6 a 8 dígitos");
			}
			Especialidad especialidad = Vocabulario.valor(fila, "especialidad", Especialidad.class);
			Vocabulario.valor(fila, "tipoConsulta", TipoConsulta.class);
			fila.valor("descripcion");
			if (especialidades.putIfAbsent(codigo, especialidad) != null) {
				throw fila.error("el CUPS '" + codigo + "' está repetido");
			}
		}
		return new CupsAlcance(especialidades);
	}

	public boolean incluye(String cups) {
		return cups != null && especialidades.containsKey(cups);
	}

	/** La especialidad del CUPS, o {@code null} si no está en el alcance. */
	public Especialidad especialidad(String cups) {
		return cups == null ? null : especialidades.get(cups);
	}

}
