package co.auditoria.decisiones.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Dominio.DecisionTomada;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Decide casos de un dominio: lee y valida la solicitud, la evalúa con las reglas activas, arma la
 * {@link Decision}, la deja en la auditoría y la cuenta en las métricas.
 */
@Component
class Decisor {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Decisor.class);

	private final MotorReglas motor;

	private final LectorSolicitudes lector;

	private final RegistroAuditoria auditoria;

	private final MeterRegistry metricas;

	private final int maximoLote;

	Decisor(MotorReglas motor, LectorSolicitudes lector, RegistroAuditoria auditoria, MeterRegistry metricas,
			@Value("${decisiones.lote.maximo:10000}") int maximoLote) {
		this.motor = motor;
		this.lector = lector;
		this.auditoria = auditoria;
		this.metricas = metricas;
		this.maximoLote = maximoLote;
	}

	Decision decidir(String nombreDominio, JsonNode cuerpo) {
		return decidir(dominio(nombreDominio), cuerpo).decision();
	}

	Map<String, Object> decidirLote(String nombreDominio, JsonNode cuerpo) {
		Dominio<?> dominio = dominio(nombreDominio);
		JsonNode casos = cuerpo == null ? null : cuerpo.get("casos");
		if (casos == null || !casos.isArray()) {
			throw new SolicitudInvalidaException("El lote debe ser {\"casos\": [...]}",
					List.of(new co.auditoria.decisiones.engine.ErrorCampo("casos", "debe ser un arreglo de casos")));
		}
		if (casos.size() > maximoLote) {
			throw new LoteDemasiadoGrandeException(casos.size(), maximoLote);
		}
		return lote(dominio, casos);
	}

	private <S> Map<String, Object> lote(Dominio<S> dominio, JsonNode casos) {
		List<Object> resultados = new ArrayList<>(casos.size());
		List<DecisionTomada<S>> tomadas = new ArrayList<>(casos.size());
		Map<String, Integer> porResultado = new LinkedHashMap<>();
		dominio.resultadosPorPrecedencia().forEach(resultado -> porResultado.put(resultado, 0));
		int errores = 0;
		for (JsonNode caso : casos) {
			try {
				Decidido<S> decidido = decidir(dominio, caso);
				resultados.add(decidido.decision());
				tomadas.add(decidido.tomada());
				porResultado.merge(decidido.decision().getResultado(), 1, Integer::sum);
			}
			catch (SolicitudInvalidaException ex) {
				ProblemDetail problema = Problemas.solicitudInvalida(ex.getMessage(), ex.errores());
				resultados.add(Map.of("error", problema));
				errores++;
			}
		}
		porResultado.values().removeIf(cuenta -> cuenta == 0);
		Map<String, Object> resumen = new LinkedHashMap<>();
		resumen.put("total", casos.size());
		resumen.put("porResultado", porResultado);
		resumen.put("errores", errores);
		resumen.putAll(dominio.resumen(tomadas));
		Map<String, Object> respuesta = new LinkedHashMap<>();
		respuesta.put("resultados", resultados);
		respuesta.put("resumen", resumen);
		return respuesta;
	}

	private <S> Decidido<S> decidir(Dominio<S> dominio, JsonNode cuerpo) {
		long inicio = System.nanoTime();
		S solicitud = lector.leer(dominio, cuerpo);
		Evaluacion evaluacion = evaluar(dominio, solicitud);
		String resultado = dominio.resultado(solicitud, evaluacion);
		Map<String, Object> campos = dominio.camposPropios(solicitud, evaluacion);
		Decision decision = new Decision(UUID.randomUUID().toString(), evaluacion, resultado, Instant.now(), campos);
		long nanos = System.nanoTime() - inicio;
		auditoria.registrar(decision, dominio.referencia(solicitud), nanos);
		Timer.builder("decisiones")
			.description("Decisiones tomadas, por dominio y resultado")
			.tag("dominio", dominio.nombre())
			.tag("resultado", resultado)
			.register(metricas)
			.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
		return new Decidido<>(decision, new DecisionTomada<>(solicitud, evaluacion, resultado, campos));
	}

	/**
	 * Un valor que pasó la validación pero lleva un cálculo de una regla fuera de rango (una fecha más allá
	 * del año 999 999 999, un entero que desborda) es un problema de la entrada, no del servicio: 400.
	 */
	private <S> Evaluacion evaluar(Dominio<S> dominio, S solicitud) {
		try {
			return motor.evaluar(dominio, solicitud);
		}
		catch (RuntimeException ex) {
			for (Throwable causa = ex; causa != null; causa = causa.getCause()) {
				if (causa instanceof java.time.DateTimeException || causa instanceof ArithmeticException) {
					log.warn("Una regla de {} no pudo calcular con un valor de la solicitud: {}", dominio.nombre(),
							causa.getClass().getSimpleName());
					throw new SolicitudInvalidaException(
							"Un valor de la solicitud está fuera del rango que las reglas pueden calcular", List.of());
				}
			}
			throw ex;
		}
	}

	private Dominio<?> dominio(String nombre) {
		return motor.dominio(nombre)
			.orElseThrow(() -> new DominioDesconocidoException(nombre,
					motor.dominios().stream().map(Dominio::nombre).toList()));
	}

	private record Decidido<S>(Decision decision, DecisionTomada<S> tomada) {
	}

}
