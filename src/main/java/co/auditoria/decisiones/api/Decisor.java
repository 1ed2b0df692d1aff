package co.auditoria.decisiones.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Dominio.DecisionTomada;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(Decisor.class);

	private final MotorReglas motor;

	private final LectorSolicitudes lector;

	private final RegistroAuditoria auditoria;

	private final MeterRegistry metricas;

	private final int maximoLote;

	private final Map<String, Timer> temporizadores = new ConcurrentHashMap<>();

	Decisor(MotorReglas motor, LectorSolicitudes lector, RegistroAuditoria auditoria, MeterRegistry metricas,
			@Value("${decisiones.lote.maximo:10000}") int maximoLote) {
		this.motor = motor;
		this.lector = lector;
		this.auditoria = auditoria;
		this.metricas = metricas;
		this.maximoLote = maximoLote;
	}

	Decision decidir(String nombreDominio, byte[] cuerpo) {
		return decidirLeido(dominio(nombreDominio), cuerpo);
	}

	Decision decidir(String nombreDominio, JsonNode caso) {
		return decidir(dominio(nombreDominio), caso).decision();
	}

	private <S> Decision decidirLeido(Dominio<S> dominio, byte[] cuerpo) {
		long inicio = System.nanoTime();
		return decidir(dominio, lector.leer(dominio, cuerpo), inicio).decision();
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

	private <S> Decidido<S> decidir(Dominio<S> dominio, JsonNode caso) {
		long inicio = System.nanoTime();
		return decidir(dominio, lector.leer(dominio, caso), inicio);
	}

	private <S> Decidido<S> decidir(Dominio<S> dominio, S solicitud, long inicio) {
		Evaluacion evaluacion = evaluar(dominio, solicitud);
		String resultado = dominio.resultado(solicitud, evaluacion);
		Map<String, Object> campos = dominio.camposPropios(solicitud, evaluacion);
		Decision decision = new Decision(idAleatorio(), evaluacion, resultado, Instant.now(), campos);
		long nanos = System.nanoTime() - inicio;
		auditoria.registrar(decision, dominio.referencia(solicitud), nanos);
		temporizadores.computeIfAbsent(dominio.nombre() + '/' + resultado, clave -> Timer.builder("decisiones")
			.description("Decisiones tomadas, por dominio y resultado")
			.tag("dominio", dominio.nombre())
			.tag("resultado", resultado)
			.register(metricas)).record(nanos, TimeUnit.NANOSECONDS);
		return new Decidido<>(decision, new DecisionTomada<>(solicitud, evaluacion, resultado, campos));
	}

	/**
	 * UUID versión 4 con {@link ThreadLocalRandom}: identifica la decisión, no es un secreto, y
	 * {@code UUID.randomUUID()} serializa los hilos en su SecureRandom compartido.
	 */
	private static String idAleatorio() {
		ThreadLocalRandom azar = ThreadLocalRandom.current();
		long altos = (azar.nextLong() & ~0xF000L) | 0x4000L;
		long bajos = (azar.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(altos, bajos).toString();
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
				if (causa instanceof DateTimeException || causa instanceof ArithmeticException) {
					// Solo el dominio y la clase de la excepción: su mensaje puede repetir un valor de la solicitud.
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
