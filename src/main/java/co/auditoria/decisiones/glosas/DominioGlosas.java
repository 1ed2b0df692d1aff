package co.auditoria.decisiones.glosas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.RevisionFechas;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Auditoría inicial de cuentas médicas de una ARL ({@code spec/glosas.md}): qué se glosa, por qué concepto y
 * código oficial, por cuánto, qué se escala a quién y cada plazo. Las fases van de lo que impide glosar (estado
 * del prestador, no reconocimiento, escalamientos) a las glosas, su liquidación con el tope por ítem
 * ({@link LiquidacionGlosas}), el resultado y los plazos.
 */
@Component
class DominioGlosas implements Dominio<SolicitudGlosas, RespuestaGlosas> {

	private final CalendarioHabil calendario;

	private final LocalDate fechaCorteRes2284;

	DominioGlosas(CalendarioHabil calendario,
			@Value("${glosas.fecha-corte-res-2284:2025-06-01}") LocalDate fechaCorteRes2284) {
		this.calendario = calendario;
		this.fechaCorteRes2284 = fechaCorteRes2284;
	}

	@Override
	public String nombre() {
		return "glosas";
	}

	@Override
	public Class<SolicitudGlosas> tipoSolicitud() {
		return SolicitudGlosas.class;
	}

	@Override
	public Class<RespuestaGlosas> tipoRespuesta() {
		return RespuestaGlosas.class;
	}

	@Override
	public List<String> resultados() {
		return List.of("CERRADA", "EXCEPTUADA", "NO_RECONOCIDA", "ESCALADA", "GLOSA_TOTAL", "GLOSA_PARCIAL", "SIN_GLOSA");
	}

	@Override
	public List<String> fases() {
		return List.of("manual", "estado-prestador", "no-reconocimiento", "escalamientos", "glosas", "liquidacion",
				FASE_RESULTADO, "plazos");
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		Map<ManualGlosas, Catalogo> manuales = new EnumMap<>(ManualGlosas.class);
		for (ManualGlosas manual : ManualGlosas.values()) {
			manuales.put(manual, Catalogo.requerido(catalogos, nombre(), manual.catalogo()));
		}
		Catalogo causales = Catalogo.requerido(catalogos, nombre(), "causales");
		return Map.of("soportesExigidos", SoportesExigidos.desde(Catalogo.requerido(catalogos, nombre(), "soportes-exigidos")),
				"codigosManual", CodigosManual.desde(manuales, CodigosManual.conceptos(causales)),
				"ordenGlosas", OrdenGlosas.desde(causales),
				"calendario", calendario,
				"fechaCorteRes2284", fechaCorteRes2284);
	}

	/**
	 * Lo que ya pasó no puede ser posterior a la fecha de evaluación: la expedición y la radicación de la factura,
	 * la prestación de cada servicio y el siniestro. Un año absurdo tampoco se admite.
	 */
	@Override
	public List<ErrorCampo> validar(SolicitudGlosas solicitud) {
		Factura factura = solicitud.factura();
		LocalDate evaluacion = solicitud.fechaEvaluacion();
		RevisionFechas fechas = new RevisionFechas().enRango("factura.fechaRadicacion", factura.fechaRadicacion())
			.enRango("factura.fechaExpedicion", factura.fechaExpedicion())
			.enRango("fechaEvaluacion", evaluacion)
			.enRango("siniestro.fecha", solicitud.siniestro().fecha())
			.noPosterior("factura.fechaExpedicion", factura.fechaExpedicion(), "fechaEvaluacion", evaluacion)
			.noPosterior("factura.fechaRadicacion", factura.fechaRadicacion(), "fechaEvaluacion", evaluacion)
			.noPosterior("siniestro.fecha", solicitud.siniestro().fecha(), "fechaEvaluacion", evaluacion);
		for (int i = 0; i < solicitud.items().size(); i++) {
			String campo = "items[" + i + "].fechaPrestacion";
			fechas.enRango(campo, solicitud.items().get(i).fechaPrestacion())
				.noPosterior(campo, solicitud.items().get(i).fechaPrestacion(), "fechaEvaluacion", evaluacion);
		}
		return fechas.errores();
	}

	@Override
	public LocalDate fechaEvaluacion(SolicitudGlosas solicitud) {
		return solicitud.fechaEvaluacion();
	}

	@Override
	public Collection<?> hechos(SolicitudGlosas solicitud) {
		List<Object> hechos = new ArrayList<>();
		hechos.add(solicitud);
		for (int i = 0; i < solicitud.items().size(); i++) {
			hechos.add(new ItemFactura(i, solicitud.items().get(i)));
		}
		return hechos;
	}

	@Override
	public String campoIdentificador() {
		return "factura.numero";
	}

	@Override
	public String identificador(SolicitudGlosas solicitud) {
		return solicitud.factura().numero();
	}

	@Override
	public RespuestaGlosas respuesta(SolicitudGlosas solicitud, Evaluacion evaluacion) {
		LiquidacionGlosas liquidacion = evaluacion.hecho(LiquidacionGlosas.class);
		// Cerrada, exceptuada, no reconocida o escalada: aún no hay un valor que se pueda aprobar para pago.
		boolean seFormulan = evaluacion.hecho(SinFormulacionDeGlosas.class) == null;
		ManualVigente manual = evaluacion.hecho(ManualVigente.class);
		return new RespuestaGlosas(new NumeroFactura(solicitud.factura().numero()), liquidacion.valorFacturado(),
				liquidacion.valorGlosado(), seFormulan ? liquidacion.valorAprobado() : null,
				manual == null ? null : manual.manual(), liquidacion.glosas(), evaluacion.hechos(Escalamiento.class).toList(),
				liquidacion.glosas().isEmpty() ? null : Notificacion.de(solicitud, liquidacion.glosas()));
	}

	@Override
	public Class<?> tipoResumen() {
		return ResumenGlosas.Tablas.class;
	}

	@Override
	public ResumenGlosas nuevoResumen() {
		return new ResumenGlosas();
	}

}
