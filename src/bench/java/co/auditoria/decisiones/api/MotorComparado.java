package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * Un motor de la tabla comparada: toma una solicitud ya leída y validada y devuelve su {@link DecisionComparada}.
 * Solo esto se mide en {@link MotoresBenchmark}.
 */
interface MotorComparado {

	DecisionComparada decidir(Object solicitud);

	/** Nuestras reglas DRL con el motor del servicio, compiladas con el modelo que se le dio al motor. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static MotorComparado drools(MotorReglas motor, Dominio<?, ?> dominio, ParesDeDominio<?> pares) {
		Dominio crudo = dominio;
		return solicitud -> pares.desdeDrools(motor.evaluar(crudo, solicitud));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static MotorComparado aMano(ParesDeDominio<?> pares) {
		ParesDeDominio crudo = pares;
		return solicitud -> crudo.aMano(solicitud);
	}

	/** KIE DMN ({@code kie-dmn-core}): el modelo compilado una vez; por caso, un contexto nuevo y evaluateAll. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static MotorComparado kieDmn(String dominio, ParesDeDominio<?> pares) {
		Resource recurso = ResourceFactory.newReaderResource(new InputStreamReader(dmn(dominio), StandardCharsets.UTF_8));
		recurso.setSourcePath(dominio + ".dmn");
		DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(recurso))
			.getOrElseThrow(ex -> new IllegalStateException("KIE DMN no compiló " + dominio + ".dmn", ex));
		DMNModel modelo = runtime.getModels().get(0);
		if (modelo.hasErrors()) {
			throw new IllegalStateException("KIE DMN: " + modelo.getMessages());
		}
		ParesDeDominio crudo = pares;
		return solicitud -> {
			DMNContext contexto = runtime.newContext();
			((Map<String, Object>) crudo.entradasDmn(solicitud)).forEach(contexto::set);
			DMNResult resultado = runtime.evaluateAll(modelo, contexto);
			if (resultado.hasErrors()) {
				throw new IllegalStateException("KIE DMN: " + resultado.getMessages());
			}
			return crudo.desdeDmn(solicitud, decision -> comoLista(resultado.getDecisionResultByName((String) decision).getResult()));
		};
	}

	/** El motor DMN independiente de Camunda 7 ({@code camunda-engine-dmn}, FEEL de feel-scala): una tabla por decisión. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static MotorComparado camundaDmn(String dominio, ParesDeDominio<?> pares) {
		DmnEngine motor = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		Map<String, DmnDecision> decisiones;
		try (InputStream entrada = dmn(dominio)) {
			decisiones = motor.parseDecisions(entrada).stream().collect(Collectors.toMap(DmnDecision::getKey, d -> d));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<DmnDecision> leidas = pares.decisionesDmn().stream().map(decisiones::get).toList();
		ParesDeDominio crudo = pares;
		return solicitud -> {
			Map<String, Object> entradas = crudo.entradasDmn(solicitud);
			Map<String, List<Object>> salidas = new java.util.HashMap<>();
			for (DmnDecision decision : leidas) {
				DmnDecisionTableResult resultado = motor.evaluateDecisionTable(decision, entradas);
				List<Object> valores = new ArrayList<>(resultado.size());
				resultado.forEach(fila -> valores.add(fila.getSingleEntry()));
				salidas.put(decision.getKey(), valores);
			}
			return crudo.desdeDmn(solicitud, salidas::get);
		};
	}

	private static InputStream dmn(String dominio) {
		InputStream entrada = MotorComparado.class.getResourceAsStream("/dmn/" + dominio + ".dmn");
		if (entrada == null) {
			throw new IllegalStateException("falta src/bench/resources/dmn/" + dominio + ".dmn");
		}
		return entrada;
	}

	private static List<Object> comoLista(Object valor) {
		if (valor == null) {
			return List.of();
		}
		return valor instanceof Collection<?> varios ? new ArrayList<>(varios) : List.of(valor);
	}

}
