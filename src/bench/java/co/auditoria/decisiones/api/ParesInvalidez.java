package co.auditoria.decisiones.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import co.auditoria.decisiones.cie10.RangosCie10;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import co.auditoria.decisiones.invalidez.ClasificacionPcl;
import co.auditoria.decisiones.invalidez.CriterioAccidenteGrave;
import co.auditoria.decisiones.invalidez.Diagnostico;
import co.auditoria.decisiones.invalidez.LesionGrave;
import co.auditoria.decisiones.invalidez.Origen;
import co.auditoria.decisiones.invalidez.PclClasificada;
import co.auditoria.decisiones.invalidez.ProcedimientosAmputacion;
import co.auditoria.decisiones.invalidez.SolicitudInvalidez;

/**
 * Invalidez en la tabla comparada: criterios de posible invalidez ({@code posible-invalidez.drl}), accidente de
 * trabajo grave ({@code accidente-grave.*}) y clasificación por PCL ({@code clasificacion-pcl.tabla.csv}). Los
 * catálogos CIE-10 y CUPS son los mismos objetos que las reglas usan como globales: cada motor los consulta en Java.
 */
final class ParesInvalidez implements ParesDeDominio<SolicitudInvalidez> {

	private final RangosCie10 criterios;

	private final RangosCie10 accidenteGrave;

	private final ProcedimientosAmputacion amputaciones;

	ParesInvalidez(ReglasDeDominio reglas) {
		criterios = (RangosCie10) reglas.globales().get("criteriosCie10");
		accidenteGrave = (RangosCie10) reglas.globales().get("accidenteGraveCie10");
		amputaciones = (ProcedimientosAmputacion) reglas.globales().get("procedimientosAmputacion");
	}

	@Override
	public DecisionComparada aMano(SolicitudInvalidez s) {
		List<String> causales = new ArrayList<>(6);
		boolean amputacionProcedimiento = procedimientoAmputacion(s);
		if (s.diasUci() != null && s.diasUci() > 0) {
			causales.add("UCI");
		}
		if ((s.porcentajeSuperficieQuemada() != null && s.porcentajeSuperficieQuemada() >= 20) || diagnostico(s, "GRAN_QUEMADO")) {
			causales.add("GRAN_QUEMADO");
		}
		if (diagnostico(s, "TRAUMA_MAYOR")) {
			causales.add("TRAUMA_MAYOR");
		}
		if (s.pclProyectada() != null && s.pclProyectada() >= 50) {
			causales.add("PCL_PROYECTADA_50");
		}
		if (diagnostico(s, "AMPUTACION") || amputacionProcedimiento) {
			causales.add("AMPUTACION");
		}
		if (cancerLaboral(s)) {
			causales.add("CANCER_OCUPACIONAL");
		}
		List<String> detalle = new ArrayList<>(3);
		if (s.esAccidenteDeTrabajo()) {
			for (CriterioAccidenteGrave criterio : CriterioAccidenteGrave.values()) {
				String lista = criterio.name();
				if (existe(s, d -> accidenteGrave.en(lista, d.cie10()))
						|| (criterio == CriterioAccidenteGrave.AMPUTACION && amputacionProcedimiento)) {
					detalle.add(lista);
				}
			}
		}
		Double pcl = s.pclCalificada();
		if (pcl != null) {
			detalle.add("PCL " + (pcl < 5 ? ClasificacionPcl.SIN_INCAPACIDAD_PERMANENTE
					: pcl < 50 ? ClasificacionPcl.INCAPACIDAD_PERMANENTE_PARCIAL : ClasificacionPcl.INVALIDEZ));
		}
		return new DecisionComparada(resultado(causales), causales, detalle);
	}

	/** Todas las causales de invalidez proponen POSIBLE_INVALIDEZ en {@code causales.csv}. */
	private static String resultado(List<String> causales) {
		return causales.isEmpty() ? "SIN_ALERTA" : "POSIBLE_INVALIDEZ";
	}

	@Override
	public Map<String, Object> entradasDmn(SolicitudInvalidez s) {
		Map<String, Object> entradas = new LinkedHashMap<>();
		entradas.put("diasUci", s.diasUci());
		entradas.put("porcentajeSuperficieQuemada", s.porcentajeSuperficieQuemada());
		entradas.put("pclProyectada", s.pclProyectada());
		entradas.put("pclCalificada", s.pclCalificada());
		entradas.put("accidenteTrabajo", s.esAccidenteDeTrabajo());
		entradas.put("procedimientoAmputacion", procedimientoAmputacion(s));
		entradas.put("diagnosticoGranQuemado", diagnostico(s, "GRAN_QUEMADO"));
		entradas.put("diagnosticoTraumaMayor", diagnostico(s, "TRAUMA_MAYOR"));
		entradas.put("diagnosticoAmputacion", diagnostico(s, "AMPUTACION"));
		entradas.put("diagnosticoCancerLaboral", cancerLaboral(s));
		for (CriterioAccidenteGrave criterio : CriterioAccidenteGrave.values()) {
			entradas.put(variableAccidente(criterio), existe(s, d -> accidenteGrave.en(criterio.name(), d.cie10())));
		}
		return entradas;
	}

	/** {@code LESION_SEVERA_MANO} → {@code accidenteLesionSeveraMano}, como en el DMN. */
	private static String variableAccidente(CriterioAccidenteGrave criterio) {
		StringBuilder nombre = new StringBuilder("accidente");
		for (String parte : criterio.name().split("_")) {
			nombre.append(parte.charAt(0)).append(parte.substring(1).toLowerCase());
		}
		return nombre.toString();
	}

	@Override
	public List<String> decisionesDmn() {
		return List.of("causales", "lesionesGraves", "clasificacionPcl");
	}

	@Override
	public DecisionComparada desdeDmn(SolicitudInvalidez s, Function<String, List<Object>> salidas) {
		List<Object> propuestas = salidas.apply("causales");
		List<String> causales = new ArrayList<>(6);
		for (String codigo : List.of("UCI", "GRAN_QUEMADO", "TRAUMA_MAYOR", "PCL_PROYECTADA_50", "AMPUTACION", "CANCER_OCUPACIONAL")) {
			if (propuestas.contains(codigo)) {
				causales.add(codigo);
			}
		}
		List<Object> lesiones = salidas.apply("lesionesGraves");
		List<String> detalle = new ArrayList<>(3);
		for (CriterioAccidenteGrave criterio : CriterioAccidenteGrave.values()) {
			if (lesiones.contains(criterio.name())) {
				detalle.add(criterio.name());
			}
		}
		salidas.apply("clasificacionPcl").forEach(clasificacion -> detalle.add("PCL " + clasificacion));
		return new DecisionComparada(resultado(causales), causales, detalle);
	}

	@Override
	public DecisionComparada desdeDrools(Evaluacion evaluacion) {
		List<String> detalle = new ArrayList<>(evaluacion.hechos(LesionGrave.class).map(LesionGrave::criterio)
			.distinct().sorted().map(Enum::name).toList());
		PclClasificada pcl = evaluacion.hecho(PclClasificada.class);
		if (pcl != null) {
			detalle.add("PCL " + pcl.clasificacion());
		}
		return new DecisionComparada(evaluacion.resultado(), evaluacion.codigosCausales(), detalle);
	}

	private boolean procedimientoAmputacion(SolicitudInvalidez s) {
		for (var procedimiento : s.procedimientos()) {
			if (amputaciones.esAmputacion(procedimiento.cups())) {
				return true;
			}
		}
		return false;
	}

	private boolean diagnostico(SolicitudInvalidez s, String lista) {
		return existe(s, d -> criterios.en(lista, d.cie10()));
	}

	private boolean cancerLaboral(SolicitudInvalidez s) {
		return existe(s, d -> d.origen() == Origen.LABORAL && criterios.en("CANCER_OCUPACIONAL", d.cie10()));
	}

	private static boolean existe(SolicitudInvalidez s, Predicate<Diagnostico> condicion) {
		for (Diagnostico diagnostico : s.diagnosticos()) {
			if (condicion.test(diagnostico)) {
				return true;
			}
		}
		return false;
	}

}
