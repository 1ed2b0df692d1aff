package co.auditoria.decisiones.reembolsos;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.engine.Accion;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Auditoría de solicitudes de reembolso de prestaciones asistenciales y traslados de una ARL
 * ({@code spec/reembolsos.md}): cuánto se reconoce, qué se objeta y por qué, qué queda pendiente, qué hallazgos se
 * reportan y para cuándo. Las fases van de los parámetros (tope SOAT, alto costo, efecto de un documento faltante
 * en la etapa) a las causales, su liquidación por ítem ({@link LiquidacionReembolso}), el resultado, los hallazgos
 * y los plazos.
 */
@Component
class DominioReembolsos implements Dominio<SolicitudReembolso, RespuestaReembolso> {

	private static final String SALARIOS_MINIMOS = "salariosMinimos";

	private final CalendarioHabil calendario;

	/** El motor, para que la validación lea el catálogo de salarios de las reglas activas (el motor usa este dominio). */
	private final ObjectProvider<MotorReglas> motor;

	DominioReembolsos(CalendarioHabil calendario, ObjectProvider<MotorReglas> motor) {
		this.calendario = calendario;
		this.motor = motor;
	}

	@Override
	public String nombre() {
		return "reembolsos";
	}

	@Override
	public Class<SolicitudReembolso> tipoSolicitud() {
		return SolicitudReembolso.class;
	}

	@Override
	public Class<RespuestaReembolso> tipoRespuesta() {
		return RespuestaReembolso.class;
	}

	@Override
	public List<String> resultados() {
		return List.of("OBJETADO_TOTAL", "PENDIENTE_CALIFICACION", "PENDIENTE_DOCUMENTOS", "OBJETADO_PARCIAL", "APROBADO");
	}

	@Override
	public List<String> fases() {
		return List.of("parametros", "causales", "liquidacion", FASE_RESULTADO, "hallazgos", "plazos");
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		return Map.of("soportesExigidos", SoportesExigidos.desde(Catalogo.requerido(catalogos, nombre(), "soportes_exigidos")),
				"parametros", ParametrosReembolso.desde(Catalogo.requerido(catalogos, nombre(), "parametros")),
				SALARIOS_MINIMOS, SalariosMinimos.desde(Catalogo.requerido(catalogos, nombre(), "salario_minimo")),
				"conceptosCausales", ConceptosCausales.desde(Catalogo.requerido(catalogos, nombre(), "causales")),
				"calendario", calendario);
	}

	/** Un accidente de tránsito necesita el salario mínimo de su año en el catálogo de las reglas activas. */
	@Override
	public List<ErrorCampo> validar(SolicitudReembolso solicitud) {
		return ValidacionReembolso.errores(solicitud, salariosActivos());
	}

	private SalariosMinimos salariosActivos() {
		MotorReglas activo = motor.getIfAvailable();
		ConjuntoReglas conjunto = activo == null ? null : activo.activo();
		ReglasDeDominio reglas = conjunto == null ? null : conjunto.dominio(nombre());
		return reglas != null && reglas.globales().get(SALARIOS_MINIMOS) instanceof SalariosMinimos salarios ? salarios : null;
	}

	@Override
	public LocalDate fechaEvaluacion(SolicitudReembolso solicitud) {
		return solicitud.fechaEvaluacion();
	}

	@Override
	public Collection<?> hechos(SolicitudReembolso solicitud) {
		List<Object> hechos = new ArrayList<>();
		hechos.add(solicitud);
		for (int i = 0; i < solicitud.items().size(); i++) {
			hechos.add(new ItemReembolso(i, solicitud.items().get(i)));
		}
		hechos.addAll(solicitud.historial());
		return hechos;
	}

	@Override
	public String campoIdentificador() {
		return "reembolso.numero";
	}

	@Override
	public String identificador(SolicitudReembolso solicitud) {
		return solicitud.reembolso().numero();
	}

	@Override
	public RespuestaReembolso respuesta(SolicitudReembolso solicitud, Evaluacion evaluacion) {
		LiquidacionReembolso liquidacion = evaluacion.hecho(LiquidacionReembolso.class);
		TopeSoat tope = evaluacion.hecho(TopeSoat.class);
		SaldoSoat saldo = evaluacion.hecho(SaldoSoat.class);
		boolean seNotifica = evaluacion.acciones().stream()
			.anyMatch(accion -> accion.tipo().equals("NOTIFICAR_USUARIO") || accion.tipo().equals("COMUNICAR_RESULTADO_CONCILIACION"));
		LocalDate plazoRespuesta = evaluacion.acciones().stream()
			.filter(accion -> accion.tipo().equals("ESPERAR_RESPUESTA_USUARIO"))
			.map(Accion::fechaLimite)
			.findFirst()
			.orElse(null);
		return new RespuestaReembolso(new NumeroReembolso(solicitud.reembolso().numero()), liquidacion.valorSolicitado(),
				liquidacion.valorAprobado(), liquidacion.valorObjetado(), liquidacion.valorPendiente(),
				liquidacion.valorPosibleRecobro(), evaluacion.hecho(AltoCosto.class) != null,
				evaluacion.hecho(IndicioFraude.class) != null, tope == null ? null : tope.valor(),
				saldo == null ? null : saldo.valor(), liquidacion.objeciones(), liquidacion.pendientes(),
				seNotifica ? Notificacion.de(solicitud, evaluacion.resultado(), liquidacion, plazoRespuesta) : null);
	}

	@Override
	public Class<?> tipoResumen() {
		return ResumenReembolsos.Tablas.class;
	}

	@Override
	public ResumenReembolsos nuevoResumen() {
		return new ResumenReembolsos();
	}

}
