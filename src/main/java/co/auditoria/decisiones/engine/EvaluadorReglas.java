package co.auditoria.decisiones.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kie.api.runtime.StatelessKieSession;

/**
 * Una decisión con unas reglas de un dominio (las activas, las de una candidata o las de una versión archivada): una
 * sesión sin estado sobre su KieBase compartida, con los hechos del dominio, el {@link Contexto} y el
 * {@link Veredicto}; devuelve las causales descritas por el catálogo, las acciones sin repetir y las reglas que
 * dispararon.
 */
final class EvaluadorReglas {

	private final Clock reloj;

	EvaluadorReglas(Clock reloj) {
		this.reloj = reloj;
	}

	<S> Evaluacion evaluar(ReglasDeDominio reglas, Dominio<S, ?> dominio, S solicitud) {
		Veredicto veredicto = new Veredicto(dominio.resultados(), reglas.causales());
		List<Object> hechos = new ArrayList<>(dominio.hechos(solicitud));
		hechos.add(contexto(dominio, solicitud));
		hechos.add(veredicto);

		StatelessKieSession sesion = reglas.sesiones().newStatelessKieSession();
		reglas.globales().forEach(sesion::setGlobal);
		Traza traza = new Traza();
		sesion.addEventListener(traza.agenda);
		sesion.addEventListener(traza.memoria);
		sesion.execute(hechos);

		List<Object> derivados = traza.hechos();
		return new Evaluacion(dominio.nombre(), reglas.version(), veredicto.getResultado(),
				causales(reglas, derivados), acciones(derivados), traza.reglas(), List.copyOf(derivados));
	}

	/** "Hoy" y "ahora" de la solicitud si los fija; si no, los del reloj en la zona de las reglas. */
	private <S> Contexto contexto(Dominio<S, ?> dominio, S solicitud) {
		LocalDateTime ahora = dominio.fechaHoraEvaluacion(solicitud);
		LocalDate hoy = dominio.fechaEvaluacion(solicitud);
		if (ahora == null) {
			ahora = hoy != null ? hoy.atStartOfDay() : LocalDateTime.now(reloj).truncatedTo(ChronoUnit.MINUTES);
		}
		return new Contexto(hoy != null ? hoy : ahora.toLocalDate(), ahora);
	}

	private List<Evaluacion.CausalAplicada> causales(ReglasDeDominio reglas, List<Object> hechos) {
		return hechos.stream()
			.filter(Causal.class::isInstance)
			.map(hecho -> reglas.causales().definicion(((Causal) hecho).codigo()))
			.distinct()
			.sorted(Comparator.comparingInt(CatalogoCausales.Definicion::orden))
			.map(causal -> new Evaluacion.CausalAplicada(causal.codigo(), causal.descripcion(), causal.tipo()))
			.toList();
	}

	/** La misma acción pedida por varias reglas se da una vez, con los motivos juntos. */
	private List<Accion> acciones(List<Object> hechos) {
		Map<List<Object>, Accion> unicas = new LinkedHashMap<>();
		for (Object hecho : hechos) {
			if (hecho instanceof Accion accion) {
				List<Object> clave = Arrays.asList(accion.tipo(), accion.fechaLimite(), accion.fechaHoraLimite(),
						accion.destinatarios());
				unicas.merge(clave, accion, (una, otra) -> Objects.equals(una.motivo(), otra.motivo()) ? una
						: new Accion(una.tipo(), una.motivo() + "; " + otra.motivo(), una.fechaLimite(),
								una.fechaHoraLimite(), una.destinatarios()));
			}
		}
		return List.copyOf(unicas.values());
	}

}
