package co.auditoria.decisiones.ges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.RevisionFechas;
import org.springframework.stereotype.Component;

/**
 * Clasificación de garantías de oportunidad GES y las tablas del informe de fiscalización sobre un lote
 * ({@code spec/ges.md}).
 */
@Component
class DominioGes implements Dominio<SolicitudGes, RespuestaGes> {

	@Override
	public String nombre() {
		return "ges";
	}

	@Override
	public Class<SolicitudGes> tipoSolicitud() {
		return SolicitudGes.class;
	}

	@Override
	public Class<RespuestaGes> tipoRespuesta() {
		return RespuestaGes.class;
	}

	@Override
	public List<String> resultados() {
		return ResultadoGes.porPrecedencia();
	}

	/** La clasificación propone el resultado; el seguimiento (retraso, vencida, riesgo) depende de él. */
	@Override
	public List<String> fases() {
		return List.of("clasificacion", FASE_RESULTADO, "seguimiento");
	}

	/**
	 * El catálogo de tipos de asegurador, que leen las reglas de {@code asegurador.drl}. Además, la regla de
	 * la causa de excepción escribe el código desde el enumerado, algo que el compilador no puede cotejar con
	 * {@code causales.csv}; se coteja aquí, para que una causa sin descripción no llegue a una respuesta.
	 */
	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		Catalogo causales = catalogos.get("causales");
		Set<String> codigos = causales == null ? Set.of()
				: causales.filas().stream().map(fila -> fila.valor("codigo")).collect(Collectors.toSet());
		List<String> faltan = Arrays.stream(CausaExcepcion.values()).map(Enum::name).filter(c -> !codigos.contains(c)).toList();
		if (!faltan.isEmpty()) {
			throw new CatalogoInvalidoException("ges/causales.csv", 0, "faltan las causas de excepción " + faltan);
		}
		return Map.of("tiposAsegurador", TiposAsegurador.desde(Catalogo.requerido(catalogos, nombre(), "tipos-asegurador")));
	}

	/**
	 * El plazo empieza antes de su fecha límite y se cumple después de empezar; nada de lo que consta (cumplimiento,
	 * excepción, cierre) puede ser posterior a la fecha de la evaluación.
	 */
	@Override
	public List<ErrorCampo> validar(SolicitudGes garantia) {
		LocalDate evaluacion = garantia.fechaEvaluacion();
		RevisionFechas fechas = new RevisionFechas().enRango("fechaInicio", garantia.fechaInicio())
			.enRango("fechaLimite", garantia.fechaLimite())
			.enRango("fechaCumplimiento", garantia.fechaCumplimiento())
			.enRango("fechaEvaluacion", evaluacion)
			.noPosterior("fechaInicio", garantia.fechaInicio(), "fechaLimite", garantia.fechaLimite())
			.noPosterior("fechaCumplimiento", garantia.fechaCumplimiento(), "fechaEvaluacion", evaluacion);
		if (garantia.excepcion() != null) {
			fechas.enRango("excepcion.fecha", garantia.excepcion().fecha())
				.noPosterior("excepcion.fecha", garantia.excepcion().fecha(), "fechaEvaluacion", evaluacion);
		}
		if (garantia.casoCerrado() != null) {
			fechas.enRango("casoCerrado.fecha", garantia.casoCerrado().fecha())
				.noPosterior("casoCerrado.fecha", garantia.casoCerrado().fecha(), "fechaEvaluacion", evaluacion);
		}
		List<ErrorCampo> errores = new ArrayList<>(fechas.errores());
		if (garantia.fechaInicio() != null && garantia.fechaCumplimiento() != null
				&& garantia.fechaCumplimiento().isBefore(garantia.fechaInicio())) {
			errores.add(new ErrorCampo("fechaCumplimiento", "no puede ser anterior a fechaInicio"));
		}
		return errores;
	}

	@Override
	public LocalDate fechaEvaluacion(SolicitudGes garantia) {
		return garantia.fechaEvaluacion();
	}

	@Override
	public Collection<?> hechos(SolicitudGes garantia) {
		List<Object> hechos = new ArrayList<>();
		hechos.add(garantia);
		if (garantia.excepcion() != null) {
			hechos.add(garantia.excepcion());
		}
		if (garantia.casoCerrado() != null) {
			hechos.add(garantia.casoCerrado());
		}
		return hechos;
	}

	@Override
	public String campoIdentificador() {
		return "idGarantia";
	}

	@Override
	public String identificador(SolicitudGes garantia) {
		return garantia.idGarantia();
	}

	@Override
	public RespuestaGes respuesta(SolicitudGes garantia, Evaluacion evaluacion) {
		RetrasoCumplimiento retraso = evaluacion.hecho(RetrasoCumplimiento.class);
		IndiceResolucion indice = evaluacion.hecho(IndiceResolucion.class);
		RiesgoPendiente riesgo = evaluacion.hecho(RiesgoPendiente.class);
		TipoDelAsegurador tipo = evaluacion.hecho(TipoDelAsegurador.class);
		return new RespuestaGes(garantia.idGarantia(), ResultadoGes.valueOf(evaluacion.resultado()).grupo(),
				tipo == null ? null : tipo.tipo(),
				retraso == null ? null : retraso.diasRetraso(), retraso == null ? null : retraso.vecesPlazo(),
				indice == null ? null : indice.valor(), riesgo == null ? null : riesgo.nivel());
	}

	@Override
	public Class<?> tipoResumen() {
		return TablasGes.class;
	}

	@Override
	public ResumenGes nuevoResumen() {
		return new ResumenGes();
	}

}
