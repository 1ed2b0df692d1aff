package co.auditoria.decisiones.invalidez;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;

import co.auditoria.decisiones.cie10.RangosCie10;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Evaluacion;
import org.springframework.stereotype.Component;

/**
 * Alertas de posible invalidez, accidente de trabajo grave y clasificación por PCL en la auditoría
 * concurrente de una ARL ({@code spec/invalidez.md}).
 */
@Component
class DominioInvalidez implements Dominio<SolicitudInvalidez> {

	@Override
	public String nombre() {
		return "invalidez";
	}

	@Override
	public Class<SolicitudInvalidez> tipoSolicitud() {
		return SolicitudInvalidez.class;
	}

	@Override
	public List<String> resultadosPorPrecedencia() {
		return List.of("POSIBLE_INVALIDEZ", "SIN_ALERTA");
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		return Map.of("criteriosCie10", RangosCie10.desde(Catalogo.requerido(catalogos, nombre(), "criterios-cie10")),
				"accidenteGraveCie10", RangosCie10.desde(Catalogo.requerido(catalogos, nombre(), "accidente-grave-cie10")),
				"procedimientosAmputacion", ProcedimientosAmputacion.desde(Catalogo.requerido(catalogos, nombre(), "procedimientos-amputacion")));
	}

	@Override
	public LocalDate fechaEvaluacion(SolicitudInvalidez solicitud) {
		return solicitud.fechaEvaluacion();
	}

	@Override
	public Collection<?> hechos(SolicitudInvalidez solicitud) {
		List<Object> hechos = new ArrayList<>();
		hechos.add(solicitud);
		hechos.addAll(solicitud.diagnosticos());
		hechos.addAll(solicitud.procedimientos());
		return hechos;
	}

	@Override
	public String referencia(SolicitudInvalidez solicitud) {
		return solicitud.idCaso();
	}

	@Override
	public Map<String, Object> camposPropios(SolicitudInvalidez solicitud, Evaluacion evaluacion) {
		List<CriterioAccidenteGrave> criteriosGraves = evaluacion.hechos(LesionGrave.class)
			.map(LesionGrave::criterio)
			.distinct()
			.sorted()
			.toList();
		Map<String, Object> campos = new LinkedHashMap<>();
		campos.put("criterios", evaluacion.causales().stream().map(Evaluacion.CausalAplicada::codigo).toList());
		campos.put("accidenteGrave", !criteriosGraves.isEmpty());
		campos.put("criteriosAccidenteGrave", criteriosGraves);
		evaluacion.hechos(PclClasificada.class)
			.findFirst()
			.ifPresent(asignada -> campos.put("clasificacionPcl", asignada.clasificacion()));
		return campos;
	}

}
