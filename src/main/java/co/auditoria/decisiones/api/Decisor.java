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
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ResumenLote;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Decide casos de un dominio: lee y valida la solicitud, la evalúa con las reglas activas, arma la
 * {@link Decision} con la respuesta tipada del dominio, la deja en la auditoría y la cuenta en las métricas.
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

	Decision<?> decidir(String nombreDominio, byte[] cuerpo) {
		return decidirBytes(dominio(nombreDominio), cuerpo);
	}

	private <S, R> Decision<R> decidirBytes(Dominio<S, R> dominio, byte[] cuerpo) {
		long inicio = System.nanoTime();
		return decidir(dominio, lector.leer(dominio, cuerpo), inicio).decision();
	}

	Lote decidirLote(String nombreDominio, byte[] cuerpo) {
		Dominio<?, ?> dominio = dominio(nombreDominio);
		JsonNode lote = lector.arbol(cuerpo);
		JsonNode casos = lote == null ? null : lote.get("casos");
		List<ErrorCampo> errores = new ArrayList<>();
		if (casos == null || !casos.isArray()) {
			errores.add(new ErrorCampo("casos", "debe ser un arreglo de casos"));
		}
		if (lote != null && lote.isObject()) {
			lote.propertyNames().forEach(campo -> {
				if (!campo.equals("casos")) {
					errores.add(new ErrorCampo(campo, "campo desconocido"));
				}
			});
		}
		if (!errores.isEmpty()) {
			throw new SolicitudInvalidaException("El lote debe ser {\"casos\": [...]}", errores);
		}
		if (casos.size() > maximoLote) {
			throw new LoteDemasiadoGrandeException(casos.size(), maximoLote);
		}
		return lote(dominio, casos);
	}

	private <S, R> Lote lote(Dominio<S, R> dominio, JsonNode casos) {
		List<Object> resultados = new ArrayList<>(casos.size());
		Map<String, Integer> porResultado = new LinkedHashMap<>();
		dominio.resultados().forEach(resultado -> porResultado.put(resultado, 0));
		ResumenLote<S, R> tablas = dominio.nuevoResumen();
		int errores = 0;
		for (JsonNode caso : casos) {
			try {
				long inicio = System.nanoTime();
				Decidido<S, R> decidido = decidir(dominio, lector.leer(dominio, caso), inicio);
				resultados.add(decidido.decision());
				porResultado.merge(decidido.decision().resultado(), 1, Integer::sum);
				if (tablas != null) {
					tablas.agregar(decidido.solicitud(), decidido.evaluacion(), decidido.decision().propios());
				}
			}
			catch (SolicitudInvalidaException ex) {
				resultados.add(new Lote.CasoInvalido(Problemas.solicitudInvalida(ex.getMessage(), ex.errores()),
						Identificador.de(caso, dominio.campoIdentificador())));
				errores++;
			}
		}
		porResultado.values().removeIf(cuenta -> cuenta == 0);
		return new Lote(resultados, new Lote.Resumen(casos.size(), porResultado, errores,
				tablas == null ? null : tablas.tablas()));
	}

	private <S, R> Decidido<S, R> decidir(Dominio<S, R> dominio, S solicitud, long inicio) {
		Evaluacion evaluacion = evaluar(dominio, solicitud);
		Decision<R> decision = Decision.de(idAleatorio(), evaluacion, Instant.now(), dominio.respuesta(solicitud, evaluacion));
		long nanos = System.nanoTime() - inicio;
		auditoria.registrar(decision, dominio.identificador(solicitud), nanos);
		temporizadores.computeIfAbsent(dominio.nombre() + '/' + decision.resultado(), clave -> Timer.builder("decisiones")
			.description("Decisiones tomadas, por dominio y resultado")
			.tag("dominio", dominio.nombre())
			.tag("resultado", decision.resultado())
			.register(metricas)).record(nanos, TimeUnit.NANOSECONDS);
		return new Decidido<>(solicitud, evaluacion, decision);
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
	private <S> Evaluacion evaluar(Dominio<S, ?> dominio, S solicitud) {
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

	private Dominio<?, ?> dominio(String nombre) {
		return motor.dominio(nombre)
			.orElseThrow(() -> new DominioDesconocidoException(nombre,
					motor.dominios().stream().map(Dominio::nombre).toList()));
	}

	private record Decidido<S, R>(S solicitud, Evaluacion evaluacion, Decision<R> decision) {
	}

}
