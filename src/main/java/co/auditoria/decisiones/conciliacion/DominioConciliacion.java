package co.auditoria.decisiones.conciliacion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.PropiedadesReglas;
import co.auditoria.decisiones.glosas.ManualVigente;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Respuesta del prestador, decisión del auditor y conciliación de las glosas de una factura
 * ({@code spec/conciliacion.md}), sin estado: la solicitud trae la historia hasta hoy. Las fases siguen la historia
 * de cada glosa (procedencia, respuesta, decisión, acta, conciliación), luego los plazos con la ampliación de ANS,
 * la etapa de la factura, sus valores ({@link LiquidacionConciliacion}), el resultado y las acciones. El manual de los
 * códigos de respuesta se elige con la misma fecha de corte que la auditoría inicial.
 */
@Component
class DominioConciliacion implements Dominio<SolicitudConciliacion, RespuestaConciliacion> {

	private final CalendarioHabil calendario;

	private final LocalDate fechaCorteRes2284;

	private final Clock reloj;

	DominioConciliacion(CalendarioHabil calendario,
			@Value("${glosas.fecha-corte-res-2284:2025-06-01}") LocalDate fechaCorteRes2284, PropiedadesReglas propiedades,
			Optional<Clock> reloj) {
		this.calendario = calendario;
		this.fechaCorteRes2284 = fechaCorteRes2284;
		this.reloj = reloj.orElse(Clock.system(ZoneId.of(propiedades.zonaHoraria())));
	}

	@Override
	public String nombre() {
		return "conciliacion";
	}

	@Override
	public Class<SolicitudConciliacion> tipoSolicitud() {
		return SolicitudConciliacion.class;
	}

	@Override
	public Class<RespuestaConciliacion> tipoRespuesta() {
		return RespuestaConciliacion.class;
	}

	/** Gana la etapa menos avanzada entre las pendientes: primero el prestador, luego el auditor, luego la conciliación. */
	@Override
	public List<String> resultados() {
		return List.of("CERRADA_POR_LIQUIDACION", "EXCEPTUADA", "PLAZO_MAXIMO_VENCIDO", "REQUIERE_CORRECCION",
				"PENDIENTE_RESPUESTA_PRESTADOR", "PENDIENTE_DECISION_AUDITOR", "EN_CONCILIACION", "CERRADA");
	}

	@Override
	public List<String> fases() {
		return List.of("exclusiones", "manual", "procedencia", "respuesta", "decision", "acta", "conciliacion", "plazos",
				"etapa", "valores", FASE_RESULTADO, "acciones");
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		return Map.of("calendario", calendario,
				"codigosRespuesta", CodigosRespuesta.desde(Catalogo.requerido(catalogos, nombre(), "codigos-respuesta")),
				"fechaCorteRes2284", fechaCorteRes2284);
	}

	@Override
	public List<ErrorCampo> validar(SolicitudConciliacion solicitud) {
		return ValidacionConciliacion.revisar(solicitud, LocalDate.now(reloj));
	}

	@Override
	public LocalDate fechaEvaluacion(SolicitudConciliacion solicitud) {
		return solicitud.fechaEvaluacion();
	}

	@Override
	public Collection<?> hechos(SolicitudConciliacion solicitud) {
		List<Object> hechos = new ArrayList<>();
		hechos.add(solicitud);
		for (int i = 0; i < solicitud.glosas().size(); i++) {
			GlosaFormulada glosa = solicitud.glosas().get(i);
			hechos.add(new GlosaNotificada(i, glosa, glosa.nueva() ? glosa.notificacion() : solicitud.notificacion()));
		}
		return hechos;
	}

	@Override
	public String campoIdentificador() {
		return "factura.numero";
	}

	@Override
	public String identificador(SolicitudConciliacion solicitud) {
		return solicitud.factura().numero();
	}

	@Override
	public RespuestaConciliacion respuesta(SolicitudConciliacion solicitud, Evaluacion evaluacion) {
		ManualVigente manual = evaluacion.hecho(ManualVigente.class);
		CierreMaximo cierre = evaluacion.hecho(CierreMaximo.class);
		return RespuestaConciliacion.de(solicitud.factura().numero(), manual == null ? null : manual.manual(),
				cierre == null ? null : cierre.fecha(), evaluacion.hecho(LiquidacionConciliacion.class));
	}

	@Override
	public Class<?> tipoResumen() {
		return ResumenConciliacion.Tablas.class;
	}

	@Override
	public ResumenConciliacion nuevoResumen() {
		return new ResumenConciliacion();
	}

}
