package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.calendario.HorasHabiles;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.PropiedadesReglas;
import org.springframework.stereotype.Component;

/**
 * Seguimiento de los asegurados hospitalizados por la auditoría concurrente de una ARL ({@code spec/concurrencia.md}):
 * estancia, visita presencial en horas hábiles, seguimiento, egreso, cargue, hallazgos que se notifican y marcas del
 * informe mensual. La posible invalidez del mismo caso la decide el dominio {@code invalidez}. Fases: los plazos y
 * estados, las causales, el resultado, las acciones (que dependen de las causales) y las marcas del informe (que
 * dependen de las acciones).
 */
@Component
class DominioConcurrencia implements Dominio<SolicitudConcurrencia, RespuestaConcurrencia> {

	private final CalendarioHabil calendario;

	private final HorasHabiles horasHabiles;

	private final ZoneId zona;

	DominioConcurrencia(CalendarioHabil calendario, HorasHabiles horasHabiles, PropiedadesReglas propiedades) {
		this.calendario = calendario;
		this.horasHabiles = horasHabiles;
		this.zona = ZoneId.of(propiedades.zonaHoraria());
	}

	@Override
	public String nombre() {
		return "concurrencia";
	}

	@Override
	public Class<SolicitudConcurrencia> tipoSolicitud() {
		return SolicitudConcurrencia.class;
	}

	@Override
	public Class<RespuestaConcurrencia> tipoRespuesta() {
		return RespuestaConcurrencia.class;
	}

	@Override
	public List<String> resultados() {
		return List.of("VISITA_VENCIDA", "SEGUIMIENTO_VENCIDO", "CARGUE_VENCIDO", "EGRESO_INCOMPLETO", "CON_HALLAZGOS",
				"AL_DIA");
	}

	@Override
	public List<String> fases() {
		return List.of("plazos", "causales", FASE_RESULTADO, "acciones", "informe");
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		return Map.of("calendario", calendario, "horasHabiles", horasHabiles,
				"parametros", ParametrosConcurrencia.desde(Catalogo.requerido(catalogos, nombre(), "parametros")),
				"documentosEgreso", DocumentosEgreso.desde(Catalogo.requerido(catalogos, nombre(), "documentos_egreso")));
	}

	/**
	 * Sin {@code fechaHoraEvaluacion}, el "ahora" es la hora actual: lo que no puede ser posterior a la evaluación
	 * tampoco puede serlo a ella. Solo llega aquí una solicitud sin otros errores, así que la evaluación de verdad
	 * no vino (una mal formada ya tuvo su error y no se compara con nada).
	 */
	@Override
	public List<ErrorCampo> validar(SolicitudConcurrencia solicitud) {
		if (solicitud.fechaHoraEvaluacion() != null) {
			return List.of();
		}
		return CoherenciaFechas.contraEvaluacion(solicitud, LocalDateTime.now(zona).truncatedTo(ChronoUnit.MINUTES),
				"la hora actual");
	}

	@Override
	public LocalDateTime fechaHoraEvaluacion(SolicitudConcurrencia solicitud) {
		return solicitud.fechaHoraEvaluacion();
	}

	@Override
	public Collection<?> hechos(SolicitudConcurrencia solicitud) {
		return List.of(solicitud);
	}

	@Override
	public String campoIdentificador() {
		return "idCaso";
	}

	@Override
	public String identificador(SolicitudConcurrencia solicitud) {
		return solicitud.idCaso();
	}

	/** De los hechos que dejaron las reglas; si un analista quitó la regla que deja uno, su campo va {@code null}. */
	@Override
	public RespuestaConcurrencia respuesta(SolicitudConcurrencia solicitud, Evaluacion evaluacion) {
		Estancia estancia = evaluacion.hecho(Estancia.class);
		DocumentosFaltantes faltantes = evaluacion.hecho(DocumentosFaltantes.class);
		List<MarcaInforme> marcas = evaluacion.hechos(MarcaDelCaso.class).map(MarcaDelCaso::marca).distinct().sorted().toList();
		return new RespuestaConcurrencia(solicitud.idCaso(), solicitud.egresado() ? Etapa.EGRESADO : Etapa.HOSPITALIZADO,
				estancia == null ? null : estancia.clase(), estancia == null ? null : estancia.horas(),
				estancia == null ? null : estancia.dias(), evaluacion.hecho(VisitaPresencial.class),
				evaluacion.hecho(Seguimiento.class), evaluacion.hecho(Cargue.class),
				faltantes == null ? List.of() : faltantes.documentos(), marcas, evaluacion.hecho(InformeMensual.class));
	}

	@Override
	public Class<?> tipoResumen() {
		return ResumenConcurrencia.Tablas.class;
	}

	@Override
	public ResumenConcurrencia nuevoResumen() {
		return new ResumenConcurrencia();
	}

}
