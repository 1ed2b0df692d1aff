package co.auditoria.decisiones.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.ges.Cumplimiento;
import co.auditoria.decisiones.ges.Evaluabilidad;
import co.auditoria.decisiones.ges.IndiceResolucion;
import co.auditoria.decisiones.ges.NivelRiesgo;
import co.auditoria.decisiones.ges.RegistroExcepcion;
import co.auditoria.decisiones.ges.RiesgoPendiente;
import co.auditoria.decisiones.ges.SolicitudGes;

/**
 * GES en la tabla comparada: la clasificación de la garantía ({@code clasificacion.drl} y {@code .tabla.csv}), sus
 * causales (causa de excepción, garantía vencida) y el nivel de riesgo de una pendiente
 * ({@code riesgo-pendiente.tabla.csv}). Cumplimiento, registro de la excepción e índice de resolución son los métodos
 * Java de los hechos que leen también las reglas.
 */
final class ParesGes implements ParesDeDominio<SolicitudGes> {

	@Override
	public DecisionComparada aMano(SolicitudGes g) {
		String resultado = resultado(g);
		List<String> causales = new ArrayList<>(2);
		if (g.evaluabilidad() == Evaluabilidad.EVALUABLE && g.fechaCumplimiento() == null && g.excepcion() != null) {
			causales.add(g.excepcion().causa().name());
		}
		boolean pendiente = "PENDIENTE".equals(resultado);
		if (pendiente && hoy(g).isAfter(g.fechaLimite())) {
			causales.add("GARANTIA_VENCIDA");
		}
		List<String> detalle = List.of();
		Double indice = pendiente ? indice(g) : null;
		if (indice != null) {
			double p = indice;
			NivelRiesgo nivel = p > 1 ? NivelRiesgo.VENCIDA : p >= 0.9 ? NivelRiesgo.MUY_ALTO
					: p >= 0.7 ? NivelRiesgo.ALTO : p >= 0.35 ? NivelRiesgo.MEDIO : NivelRiesgo.BAJO;
			detalle = List.of(nivel.name());
		}
		return new DecisionComparada(resultado, causales, detalle);
	}

	private static String resultado(SolicitudGes g) {
		if (g.evaluabilidad() != Evaluabilidad.EVALUABLE) {
			return g.evaluabilidad().name();
		}
		Cumplimiento cumplimiento = g.cumplimiento();
		if (cumplimiento != Cumplimiento.SIN_CUMPLIMIENTO) {
			return cumplimiento == Cumplimiento.DENTRO_PLAZO ? "CUMPLIDA_DENTRO_PLAZO" : "CUMPLIDA_FUERA_PLAZO";
		}
		return switch (g.excepcionRegistrada()) {
			case DENTRO_PLAZO -> "EXCEPTUADA_DENTRO_PLAZO";
			case FUERA_PLAZO -> "EXCEPTUADA_FUERA_PLAZO";
			case SIN_FECHA -> "EXCEPTUADA_SIN_PLAZO";
			case SIN_EXCEPCION -> g.tieneCasoCerrado() ? "CASO_CERRADO" : "PENDIENTE";
		};
	}

	/** Como el motor: la fecha de evaluación de la solicitud o, sin ella, hoy. */
	private static LocalDate hoy(SolicitudGes g) {
		return g.fechaEvaluacion() != null ? g.fechaEvaluacion() : LocalDate.now();
	}

	/** La fracción del plazo transcurrida, o {@code null} si la garantía no tiene índice. */
	private static Double indice(SolicitudGes g) {
		if (g.fechaInicio() == null || !g.fechaInicio().isBefore(g.fechaLimite())) {
			return null;
		}
		return IndiceResolucion.de(g.fechaInicio(), g.fechaLimite(), hoy(g)).proporcion();
	}

	@Override
	public Map<String, Object> entradasDmn(SolicitudGes g) {
		Map<String, Object> entradas = new HashMap<>();
		entradas.put("evaluabilidad", g.evaluabilidad().name());
		entradas.put("cumplimiento", g.cumplimiento().name());
		RegistroExcepcion excepcion = g.excepcionRegistrada();
		entradas.put("excepcion", excepcion.name());
		entradas.put("casoCerrado", g.tieneCasoCerrado());
		entradas.put("causaExcepcion", g.excepcion() == null ? null : g.excepcion().causa().name());
		entradas.put("vencida", hoy(g).isAfter(g.fechaLimite()));
		entradas.put("indice", indice(g));
		return entradas;
	}

	@Override
	public List<String> decisionesDmn() {
		return List.of("resultado", "causales", "riesgo");
	}

	@Override
	public DecisionComparada desdeDmn(SolicitudGes g, Function<String, List<Object>> salidas) {
		String resultado = (String) salidas.apply("resultado").get(0);
		List<String> causales = salidas.apply("causales").stream().map(String.class::cast).toList();
		List<String> detalle = salidas.apply("riesgo").stream().map(String.class::cast).toList();
		return new DecisionComparada(resultado, causales, detalle);
	}

	@Override
	public DecisionComparada desdeDrools(Evaluacion evaluacion) {
		RiesgoPendiente riesgo = evaluacion.hecho(RiesgoPendiente.class);
		return new DecisionComparada(evaluacion.resultado(), evaluacion.codigosCausales(),
				riesgo == null ? List.of() : List.of(riesgo.nivel().name()));
	}

}
