package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.cie10.RangosCie10;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Contexto;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.RevisionFechas;
import org.springframework.stereotype.Component;

/**
 * Auditoría de incapacidades temporales de una ARL: aprobar, objetar, devolver o dejar pendiente cada
 * certificado radicado, con las causales, las acciones y la fecha límite de la decisión
 * ({@code spec/incapacidades.md}). El calendario de días hábiles es el compartido por todos los dominios.
 */
@Component
class DominioIncapacidades implements Dominio<SolicitudIncapacidad, RespuestaIncapacidad> {

	private final CalendarioHabil calendario;

	DominioIncapacidades(CalendarioHabil calendario) {
		this.calendario = calendario;
	}

	@Override
	public String nombre() {
		return "incapacidades";
	}

	@Override
	public Class<SolicitudIncapacidad> tipoSolicitud() {
		return SolicitudIncapacidad.class;
	}

	@Override
	public Class<RespuestaIncapacidad> tipoRespuesta() {
		return RespuestaIncapacidad.class;
	}

	@Override
	public List<String> resultados() {
		return List.of("OBJETADA", "DEVUELTA", "PENDIENTE", "APROBADA");
	}

	/** El plazo de la decisión primero (las causales lo usan en sus acciones), y las excepciones antes que las causales. */
	@Override
	public List<String> fases() {
		return List.of("plazo", "excepciones", "causales", FASE_RESULTADO, "acciones");
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		return Map.of("calendario", calendario,
				"empresasEspeciales", EmpresasEspeciales.desde(Catalogo.requerido(catalogos, nombre(), "empresas-especiales")),
				"gruposCie10", RangosCie10.desde(Catalogo.requerido(catalogos, nombre(), "grupos-cie10")));
	}

	/**
	 * Fechas imposibles que las anotaciones no ven: un año absurdo (p. ej. {@code +999999999}) haría fallar el
	 * calendario o la aritmética de fechas; nada se expide ni empieza después de radicarse, y no se radica después
	 * de la fecha de evaluación.
	 */
	@Override
	public List<ErrorCampo> validar(SolicitudIncapacidad solicitud) {
		Certificado certificado = solicitud.certificado();
		RevisionFechas fechas = new RevisionFechas().enRango("fechaRadicacion", solicitud.fechaRadicacion())
			.enRango("fechaEvaluacion", solicitud.fechaEvaluacion())
			.enRango("certificado.fechaExpedicion", certificado.fechaExpedicion())
			.enRango("certificado.fechaInicio", certificado.fechaInicio())
			.enRango("afiliado.fechaInicioCobertura", solicitud.afiliado().fechaInicioCobertura())
			.enRango("siniestro.fecha", solicitud.siniestro().fecha());
		for (int i = 0; i < solicitud.radicacionesDelMismoPeriodo().size(); i++) {
			fechas.enRango("radicacionesDelMismoPeriodo[" + i + "].fechaInicio",
					solicitud.radicacionesDelMismoPeriodo().get(i).fechaInicio());
		}
		LocalDate radicacion = solicitud.fechaRadicacion();
		return fechas.noPosterior("certificado.fechaInicio", certificado.fechaInicio(), "fechaRadicacion", radicacion)
			.noPosterior("certificado.fechaExpedicion", certificado.fechaExpedicion(), "fechaRadicacion", radicacion)
			.noPosterior("siniestro.fecha", solicitud.siniestro().fecha(), "fechaRadicacion", radicacion)
			.noPosterior("fechaRadicacion", radicacion, "fechaEvaluacion", solicitud.fechaEvaluacion())
			.errores();
	}

	@Override
	public LocalDate fechaEvaluacion(SolicitudIncapacidad solicitud) {
		return solicitud.fechaEvaluacion();
	}

	@Override
	public Collection<?> hechos(SolicitudIncapacidad solicitud) {
		List<Object> hechos = new ArrayList<>();
		hechos.add(solicitud);
		hechos.add(solicitud.certificado());
		hechos.add(solicitud.afiliado());
		hechos.add(solicitud.siniestro());
		solicitud.siniestro().diagnosticosCalificados().stream().distinct().map(DiagnosticoCalificado::de).forEach(hechos::add);
		hechos.addAll(solicitud.radicacionesDelMismoPeriodo());
		return hechos;
	}

	@Override
	public String campoIdentificador() {
		return "idIncapacidad";
	}

	@Override
	public String identificador(SolicitudIncapacidad solicitud) {
		return solicitud.idIncapacidad();
	}

	@Override
	public RespuestaIncapacidad respuesta(SolicitudIncapacidad solicitud, Evaluacion evaluacion) {
		PlazoDecision plazo = evaluacion.hecho(PlazoDecision.class);
		LocalDate limite = plazo == null ? null : plazo.fecha();
		LocalDate hoy = evaluacion.hecho(Contexto.class).fechaEvaluacion();
		return new RespuestaIncapacidad(solicitud.idIncapacidad(), limite, limite == null ? null : hoy.isAfter(limite),
				solicitud.certificado().fechaFin(), solicitud.diasAcumulados(),
				evaluacion.hechos(Observacion.class).distinct().toList(),
				evaluacion.hechos(CobroSolapado.class).distinct().toList());
	}

	@Override
	public Class<?> tipoResumen() {
		return ResumenIncapacidades.Tablas.class;
	}

	@Override
	public ResumenIncapacidades nuevoResumen() {
		return new ResumenIncapacidades();
	}

}
