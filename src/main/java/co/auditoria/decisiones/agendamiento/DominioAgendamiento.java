package co.auditoria.decisiones.agendamiento;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.engine.Accion;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Evaluacion;
import org.springframework.stereotype.Component;

/**
 * Enrutamiento de las solicitudes de cita de medicina general y pediatría a los canales digitales
 * ({@code spec/agendamiento.md}, seed 002): si el afiliado es población objetivo, qué canal gestiona la cita,
 * qué hace quien lo atiende y para cuándo. Se decide dentro de una llamada en curso: las reglas leen pocos hechos
 * (la solicitud, y lo que calcula de ella la fase {@code perfil}).
 *
 * <p>Fases: el perfil (edad, especialidad, sede y caso abierto, de los catálogos), las causales, la clasificación
 * (población objetivo y migración digital, por los tipos de las causales), el enrutamiento (pasos 1 a 3 de la
 * spec), la atención por el canal que atiende (paso 4, solo si ningún paso anterior aplicó), el resultado y las
 * acciones con sus plazos.
 */
@Component
class DominioAgendamiento implements Dominio<SolicitudAgendamiento, RespuestaAgendamiento> {

	private static final List<String> RESPUESTA_RISS = List.of("RESPONDER_CASO_RISS", "ESPERAR_RESPUESTA_CASO_RISS");

	private final CalendarioHabil calendario;

	DominioAgendamiento(CalendarioHabil calendario) {
		this.calendario = calendario;
	}

	@Override
	public String nombre() {
		return "agendamiento";
	}

	@Override
	public Class<SolicitudAgendamiento> tipoSolicitud() {
		return SolicitudAgendamiento.class;
	}

	@Override
	public Class<RespuestaAgendamiento> tipoRespuesta() {
		return RespuestaAgendamiento.class;
	}

	/** El orden de los pasos de la spec: gana el del primer paso que aplica. */
	@Override
	public List<String> resultados() {
		return List.of("BLOQUEADA_CASO_ABIERTO", "AUTOGESTION_IVR", "REDIRIGIDA_CANAL_DIGITAL", "SIN_DISPONIBILIDAD",
				"RADICAR_CASO_RISS", "ATENCION_ASESOR", "ATENCION_TAQUILLA", "AUTOGESTION_DIGITAL");
	}

	@Override
	public List<String> fases() {
		return List.of("perfil", "causales", "clasificacion", "enrutamiento", "atencion", FASE_RESULTADO, "acciones");
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		return Map.of("calendario", calendario,
				"cupsAlcance", CupsAlcance.desde(Catalogo.requerido(catalogos, nombre(), "cups-alcance")),
				"tablaRiesgos", MarcacionesRiesgo.desde(Catalogo.requerido(catalogos, nombre(), "marcaciones-riesgo")),
				"sedesMigracion", SedesMigracion.desde(Catalogo.requerido(catalogos, nombre(), "sedes-migracion")),
				"tiposCausal", TiposDeCausal.desde(Catalogo.requerido(catalogos, nombre(), "causales")));
	}

	/** No hay {@code fechaEvaluacion}: la fecha de la solicitud es la referencia de toda la decisión. */
	@Override
	public LocalDate fechaEvaluacion(SolicitudAgendamiento solicitud) {
		return solicitud.fechaSolicitud();
	}

	@Override
	public Collection<?> hechos(SolicitudAgendamiento solicitud) {
		return solicitud.incidente() == null ? List.of(solicitud) : List.of(solicitud, solicitud.incidente());
	}

	@Override
	public String campoIdentificador() {
		return "idSolicitud";
	}

	@Override
	public String identificador(SolicitudAgendamiento solicitud) {
		return solicitud.idSolicitud();
	}

	@Override
	public RespuestaAgendamiento respuesta(SolicitudAgendamiento solicitud, Evaluacion evaluacion) {
		Perfil perfil = evaluacion.hecho(Perfil.class);
		if (perfil == null) {
			throw new IllegalStateException("ninguna regla de la fase 'perfil' calculó el perfil de la solicitud");
		}
		Asignacion asignacion = evaluacion.hecho(Asignacion.class);
		LocalDate respuestaRiss = evaluacion.acciones().stream().filter(accion -> RESPUESTA_RISS.contains(accion.tipo()))
			.map(Accion::fechaLimite).findFirst().orElse(null);
		boolean bloqueada = "BLOQUEADA_CASO_ABIERTO".equals(evaluacion.resultado()) && perfil.casoAbierto() != null;
		return new RespuestaAgendamiento(solicitud.idSolicitud(), perfil.edad(), perfil.especialidad(),
				evaluacion.hecho(PoblacionObjetivo.class) != null ? Poblacion.OBJETIVO : Poblacion.NO_OBJETIVO,
				perfil.sedeMigrada(), evaluacion.hecho(MigracionDigital.class) != null,
				asignacion == null ? null : asignacion.canal(), respuestaRiss,
				bloqueada ? perfil.casoAbierto().radicado() : null);
	}

	@Override
	public Class<?> tipoResumen() {
		return ResumenAgendamiento.Tablas.class;
	}

	@Override
	public ResumenAgendamiento nuevoResumen() {
		return new ResumenAgendamiento();
	}

}
