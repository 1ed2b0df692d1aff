package co.auditoria.decisiones.invalidez;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.cie10.RangosCie10;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.RevisionFechas;
import org.springframework.stereotype.Component;

/**
 * Alertas de posible invalidez, accidente de trabajo grave y clasificación por PCL en la auditoría
 * concurrente de una ARL ({@code spec/invalidez.md}). Fases: los criterios (causales, lesiones graves, PCL),
 * el resultado, y las acciones que dependen de él.
 */
@Component
class DominioInvalidez implements Dominio<SolicitudInvalidez, RespuestaInvalidez> {

	@Override
	public String nombre() {
		return "invalidez";
	}

	@Override
	public Class<SolicitudInvalidez> tipoSolicitud() {
		return SolicitudInvalidez.class;
	}

	@Override
	public Class<RespuestaInvalidez> tipoRespuesta() {
		return RespuestaInvalidez.class;
	}

	@Override
	public List<String> resultados() {
		return List.of("POSIBLE_INVALIDEZ", "SIN_ALERTA");
	}

	@Override
	public List<String> fases() {
		return List.of("criterios", FASE_RESULTADO, "acciones");
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		return Map.of("criteriosCie10", RangosCie10.desde(Catalogo.requerido(catalogos, nombre(), "criterios-cie10")),
				"accidenteGraveCie10", RangosCie10.desde(Catalogo.requerido(catalogos, nombre(), "accidente-grave-cie10")),
				"procedimientosAmputacion", ProcedimientosAmputacion.desde(Catalogo.requerido(catalogos, nombre(), "procedimientos-amputacion")));
	}

	/** Un siniestro no puede ser posterior a la fecha de evaluación, ni estar en un año absurdo. */
	@Override
	public List<ErrorCampo> validar(SolicitudInvalidez solicitud) {
		return new RevisionFechas().enRango("siniestro.fecha", solicitud.siniestro().fecha())
			.enRango("fechaEvaluacion", solicitud.fechaEvaluacion())
			.noPosterior("siniestro.fecha", solicitud.siniestro().fecha(), "fechaEvaluacion", solicitud.fechaEvaluacion())
			.errores();
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
	public String campoIdentificador() {
		return "idCaso";
	}

	@Override
	public String identificador(SolicitudInvalidez solicitud) {
		return solicitud.idCaso();
	}

	@Override
	public RespuestaInvalidez respuesta(SolicitudInvalidez solicitud, Evaluacion evaluacion) {
		List<CriterioAccidenteGrave> criteriosGraves = evaluacion.hechos(LesionGrave.class)
			.map(LesionGrave::criterio)
			.distinct()
			.sorted()
			.toList();
		PclClasificada pcl = evaluacion.hecho(PclClasificada.class);
		return new RespuestaInvalidez(solicitud.idCaso(), evaluacion.codigosCausales(), !criteriosGraves.isEmpty(),
				criteriosGraves, pcl == null ? null : pcl.clasificacion());
	}

}
