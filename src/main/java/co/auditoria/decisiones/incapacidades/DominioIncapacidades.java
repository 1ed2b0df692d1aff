package co.auditoria.decisiones.incapacidades;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.cie10.RangosCie10;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;
import co.auditoria.decisiones.engine.Contexto;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import org.springframework.stereotype.Component;

/**
 * Auditoría de incapacidades temporales de una ARL: aprobar, objetar, devolver o dejar pendiente cada
 * certificado radicado, con las causales, las acciones y la fecha límite de la decisión
 * ({@code spec/incapacidades.md}). El calendario de días hábiles es el compartido por todos los dominios.
 */
@Component
class DominioIncapacidades implements Dominio<SolicitudIncapacidad> {

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
	public List<String> resultadosPorPrecedencia() {
		return List.of("OBJETADA", "DEVUELTA", "PENDIENTE", "APROBADA");
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		return Map.of("calendario", calendario,
				"efectos", EfectosCausales.desde(requerido(catalogos, "causales")),
				"empresasEspeciales", EmpresasEspeciales.desde(requerido(catalogos, "empresas-especiales")),
				"gruposCie10", RangosCie10.desde(requerido(catalogos, "grupos-cie10")));
	}

	private static Catalogo requerido(Map<String, Catalogo> catalogos, String nombre) {
		Catalogo catalogo = catalogos.get(nombre);
		if (catalogo == null) {
			throw new CatalogoInvalidoException("incapacidades/" + nombre + ".csv", 0, "falta el catálogo");
		}
		return catalogo;
	}

	/** Fechas imposibles que las anotaciones no ven: nada se expide ni empieza después de radicarse. */
	@Override
	public List<ErrorCampo> validar(SolicitudIncapacidad solicitud) {
		List<ErrorCampo> errores = new ArrayList<>();
		LocalDate radicacion = solicitud.fechaRadicacion();
		// Un año absurdo (p. ej. +999999999) haría fallar el calendario de festivos: 400, no 500.
		if (radicacion.getYear() < 1900 || radicacion.getYear() > 2999) {
			errores.add(new ErrorCampo("fechaRadicacion", "fuera del rango admitido (años 1900 a 2999)"));
			return errores;
		}
		Certificado certificado = solicitud.certificado();
		if (certificado.fechaInicio().isAfter(radicacion)) {
			errores.add(new ErrorCampo("certificado.fechaInicio", "no puede ser posterior a fechaRadicacion"));
		}
		if (certificado.fechaExpedicion().isAfter(radicacion)) {
			errores.add(new ErrorCampo("certificado.fechaExpedicion", "no puede ser posterior a fechaRadicacion"));
		}
		LocalDate siniestro = solicitud.siniestro().fecha();
		if (siniestro != null && siniestro.isAfter(radicacion)) {
			errores.add(new ErrorCampo("siniestro.fecha", "no puede ser posterior a fechaRadicacion"));
		}
		return errores;
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
	public String referencia(SolicitudIncapacidad solicitud) {
		return solicitud.idIncapacidad();
	}

	@Override
	public Map<String, Object> camposPropios(SolicitudIncapacidad solicitud, Evaluacion evaluacion) {
		Map<String, Object> campos = new LinkedHashMap<>();
		campos.put("idIncapacidad", solicitud.idIncapacidad());
		LocalDate limite = evaluacion.hechos(PlazoDecision.class).map(PlazoDecision::fecha).findFirst().orElse(null);
		campos.put("fechaLimiteDecision", limite);
		LocalDate hoy = evaluacion.hechos(Contexto.class).map(Contexto::fechaEvaluacion).findFirst().orElse(null);
		if (limite != null && hoy != null) {
			campos.put("plazoVencido", hoy.isAfter(limite));
		}
		campos.put("fechaFinIncapacidad", solicitud.certificado().fechaFin());
		campos.put("diasAcumulados", solicitud.diasAcumulados());
		campos.put("observaciones", evaluacion.hechos(Observacion.class).distinct().toList());
		campos.put("cobrosSolapados", evaluacion.hechos(CobroSolapado.class).distinct().toList());
		return campos;
	}

	/** En un lote, cuántas incapacidades tuvo cada causal: dónde se concentran las objeciones. */
	@Override
	public Map<String, Object> resumen(List<DecisionTomada<SolicitudIncapacidad>> decisiones) {
		Map<String, Integer> porCausal = new TreeMap<>();
		decisiones.forEach(decision -> decision.evaluacion().causales()
			.forEach(causal -> porCausal.merge(causal.codigo(), 1, Integer::sum)));
		return Map.of("porCausal", porCausal);
	}

}
