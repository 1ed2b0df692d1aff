package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.auditoria.decisiones.calendario.CalendarioHabil;
import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Evaluacion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Auditoría inicial de cuentas médicas de una ARL ({@code spec/glosas.md}): qué se glosa, por qué concepto y
 * código oficial, por cuánto, qué se escala a quién y cada plazo. Las reglas deciden las glosas, los
 * escalamientos, los casos especiales y los plazos; {@link LiquidacionGlosas} aplica el tope por ítem y da
 * GLOSA_TOTAL, GLOSA_PARCIAL o SIN_GLOSA por valor.
 */
@Component
class DominioGlosas implements Dominio<SolicitudGlosas> {

	static final String GLOSA_TOTAL = "GLOSA_TOTAL";

	static final String GLOSA_PARCIAL = "GLOSA_PARCIAL";

	static final String SIN_GLOSA = "SIN_GLOSA";

	/** Resultados que deciden las reglas; los demás salen del valor glosado. */
	private static final Set<String> DECIDIDOS_POR_REGLAS = Set.of("CERRADA", "EXCEPTUADA", "NO_RECONOCIDA", "ESCALADA");

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
	public List<String> resultadosPorPrecedencia() {
		return List.of("CERRADA", "EXCEPTUADA", "NO_RECONOCIDA", "ESCALADA", GLOSA_TOTAL, GLOSA_PARCIAL, SIN_GLOSA);
	}

	@Override
	public Map<String, Object> globales(Map<String, Catalogo> catalogos) {
		Map<ManualGlosas, Catalogo> manuales = new EnumMap<>(ManualGlosas.class);
		for (ManualGlosas manual : ManualGlosas.values()) {
			manuales.put(manual, Catalogo.requerido(catalogos, nombre(), manual.catalogo()));
		}
		return Map.of("soportesExigidos", SoportesExigidos.desde(Catalogo.requerido(catalogos, nombre(), "soportes-exigidos")),
				"codigosManual", CodigosManual.desde(manuales),
				"calendario", calendario,
				"fechaCorteRes2284", fechaCorteRes2284);
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
	public String referencia(SolicitudGlosas solicitud) {
		return solicitud.factura().numero();
	}

	@Override
	public String resultado(SolicitudGlosas solicitud, Evaluacion evaluacion) {
		if (DECIDIDOS_POR_REGLAS.contains(evaluacion.resultado())) {
			return evaluacion.resultado();
		}
		return liquidar(solicitud, evaluacion).resultado();
	}

	@Override
	public Map<String, Object> camposPropios(SolicitudGlosas solicitud, Evaluacion evaluacion) {
		LiquidacionGlosas liquidacion = liquidar(solicitud, evaluacion);
		boolean seFormulan = !DECIDIDOS_POR_REGLAS.contains(evaluacion.resultado());
		Map<String, Object> campos = new LinkedHashMap<>();
		campos.put("valorFacturado", liquidacion.valorFacturado());
		campos.put("valorGlosado", liquidacion.valorGlosado());
		// Cerrada, exceptuada, no reconocida o escalada: aún no hay un valor que se pueda aprobar para pago.
		campos.put("valorAprobado", seFormulan ? liquidacion.valorAprobado() : null);
		campos.put("manualGlosas", evaluacion.hechos(ManualVigente.class).map(ManualVigente::manual).findFirst().orElse(null));
		campos.put("glosas", liquidacion.glosas());
		campos.put("escalamientos", evaluacion.hechos(Escalamiento.class).toList());
		if (!liquidacion.glosas().isEmpty()) {
			campos.put("notificacion", Notificacion.de(solicitud, liquidacion.glosas()));
		}
		return campos;
	}

	private static LiquidacionGlosas liquidar(SolicitudGlosas solicitud, Evaluacion evaluacion) {
		List<String> orden = evaluacion.causales().stream().map(Evaluacion.CausalAplicada::codigo).toList();
		return LiquidacionGlosas.de(evaluacion.hechos(GlosaItem.class).toList(), orden, solicitud.factura().valorTotal());
	}

	@Override
	public Map<String, Object> resumen(List<DecisionTomada<SolicitudGlosas>> decisiones) {
		BigDecimal facturado = BigDecimal.ZERO;
		BigDecimal glosado = BigDecimal.ZERO;
		Map<String, Integer> porConcepto = new LinkedHashMap<>();
		for (DecisionTomada<SolicitudGlosas> decision : decisiones) {
			facturado = facturado.add((BigDecimal) decision.camposPropios().get("valorFacturado"));
			glosado = glosado.add((BigDecimal) decision.camposPropios().get("valorGlosado"));
			@SuppressWarnings("unchecked")
			List<LiquidacionGlosas.Glosa> glosas = (List<LiquidacionGlosas.Glosa>) decision.camposPropios().get("glosas");
			glosas.forEach(glosa -> porConcepto.merge(glosa.concepto().name(), 1, Integer::sum));
		}
		Map<String, Object> resumen = new LinkedHashMap<>();
		resumen.put("valorFacturado", facturado);
		resumen.put("valorGlosado", glosado);
		resumen.put("glosasPorConcepto", porConcepto);
		return resumen;
	}
}
