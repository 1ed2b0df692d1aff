package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import co.auditoria.decisiones.engine.ReglasNoDisponiblesException;
import co.auditoria.decisiones.engine.ResumenLote;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * Decide casos de un dominio: lee y valida la solicitud, la evalúa con las reglas activas, arma la
 * {@link Decision} con la respuesta tipada del dominio, la deja en la auditoría y la cuenta en las métricas.
 */
@Component
public class Decisor {

	private static final Logger log = LoggerFactory.getLogger(Decisor.class);

	private final MotorReglas motor;

	private final LectorSolicitudes lector;

	private final RegistroAuditoria auditoria;

	private final MetricasDecisiones metricas;

	private final PresupuestoLotes presupuesto;

	private final ObjectMapper json;

	/** Sin vaciar la salida tras cada caso: un lote de 10 000 casos serían 10 000 escrituras al socket. */
	private final ObjectWriter escritura;

	private final int maximoLote;

	private final VersionPedida versiones;

	Decisor(MotorReglas motor, LectorSolicitudes lector, RegistroAuditoria auditoria, MetricasDecisiones metricas,
			PresupuestoLotes presupuesto, ObjectMapper json, @Value("${decisiones.lote.maximo:10000}") int maximoLote,
			VersionPedida versiones) {
		this.motor = motor;
		this.lector = lector;
		this.auditoria = auditoria;
		this.metricas = metricas;
		this.presupuesto = presupuesto;
		this.json = json;
		this.escritura = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
		this.maximoLote = maximoLote;
		this.versiones = versiones;
	}

	/**
	 * Decide un caso de un dominio a partir de su JSON, como {@code POST /api/v1/{dominio}/decide} (también lo usa el
	 * consumidor de Kafka).
	 * @throws SolicitudInvalidaException si el caso no se puede decidir (400: con cada campo culpable)
	 * @throws DominioDesconocidoException si el dominio no existe
	 */
	public Decision<?> decidir(String nombreDominio, byte[] cuerpo) {
		return decidir(nombreDominio, cuerpo, null);
	}

	/**
	 * Como {@link #decidir(String, byte[])}, con {@code versionReglas} para reproducir una decisión pasada: se decide con
	 * esa versión archivada del dominio y la decisión la lleva; {@code null} decide con las activas.
	 * @throws ProblemaHttp 404 si la versión no está archivada
	 */
	public Decision<?> decidir(String nombreDominio, byte[] cuerpo, String versionReglas) {
		Dominio<?, ?> dominio = dominio(nombreDominio);
		return decidirBytes(dominio, cuerpo, versiones.reglas(dominio, versionReglas));
	}

	private <S, R> Decision<R> decidirBytes(Dominio<S, R> dominio, byte[] cuerpo, ReglasDeDominio reglas) {
		long inicio = System.nanoTime();
		return decidir(dominio, lector.leer(dominio, cuerpo), inicio, reglas).decision();
	}

	/**
	 * Decide un lote y escribe los resultados a medida que se deciden: el cuerpo se tiene una vez en memoria (y
	 * cuenta en el {@link PresupuestoLotes}), cada caso se lee como árbol de a uno y su decisión se escribe y se
	 * suelta. Un lote mal formado o demasiado grande es un error antes de escribir nada; {@code salida} solo se
	 * pide cuando ya se sabe que la respuesta es 200.
	 */
	void decidirLote(String nombreDominio, String versionReglas, HttpServletRequest solicitud, Supplier<OutputStream> salida) {
		Dominio<?, ?> dominio = dominio(nombreDominio);
		ReglasDeDominio reglas = versiones.reglas(dominio, versionReglas);
		long largo = solicitud.getContentLengthLong();
		byte[] cuerpo = null;
		if (largo < 0) {
			cuerpo = leer(solicitud, -1);
			largo = cuerpo.length;
		}
		presupuesto.reservar(largo);
		try {
			if (cuerpo == null) {
				cuerpo = leer(solicitud, (int) largo);
			}
			CasosDelLote casos = new CasosDelLote(lector.estricto(), lector, cuerpo);
			int total = casos.contar(maximoLote);
			metricas.lote(dominio.nombre(), total);
			escribir(dominio, reglas, casos, total, salida.get());
		}
		finally {
			presupuesto.liberar(largo);
		}
	}

	private static byte[] leer(HttpServletRequest solicitud, int largo) {
		try (InputStream entrada = solicitud.getInputStream()) {
			return largo < 0 ? entrada.readAllBytes() : entrada.readNBytes(largo);
		}
		catch (IOException ex) {
			throw new CuerpoIlegibleException(ex);
		}
	}

	private <S, R> void escribir(Dominio<S, R> dominio, ReglasDeDominio reglas, CasosDelLote casos, int total,
			OutputStream salida) {
		Map<String, Integer> porResultado = new LinkedHashMap<>();
		dominio.resultados().forEach(resultado -> porResultado.put(resultado, 0));
		ResumenLote<S, R> tablas = dominio.nuevoResumen();
		int[] errores = { 0 };
		try (JsonGenerator escritor = json.createGenerator(salida)) {
			escritor.writeStartObject();
			escritor.writeName("resultados");
			escritor.writeStartArray();
			casos.recorrer(caso -> escritura.writeValue(escritor, decidirCaso(dominio, reglas, caso, porResultado, tablas, errores)));
			escritor.writeEndArray();
			porResultado.values().removeIf(cuenta -> cuenta == 0);
			escritor.writeName("resumen");
			escritura.writeValue(escritor, new Lote.Resumen(total, porResultado, errores[0], tablas == null ? null : tablas.tablas()));
			escritor.writeEndObject();
		}
	}

	/** Un caso del lote: su decisión, o su error con su identificador; un caso nunca tumba el lote. */
	private <S, R> Object decidirCaso(Dominio<S, R> dominio, ReglasDeDominio reglas, JsonNode caso,
			Map<String, Integer> porResultado, ResumenLote<S, R> tablas, int[] errores) {
		try {
			Decidido<S, R> decidido = decidir(dominio, lector.leer(dominio, caso), System.nanoTime(), reglas);
			porResultado.merge(decidido.decision().resultado(), 1, Integer::sum);
			if (tablas != null) {
				tablas.agregar(decidido.solicitud(), decidido.evaluacion(), decidido.decision().propios());
			}
			return decidido.decision();
		}
		catch (SolicitudInvalidaException ex) {
			errores[0]++;
			return new Lote.CasoInvalido(Problemas.solicitudInvalida(ex.getMessage(), ex.errores()),
					Identificador.de(caso, dominio.campoIdentificador()));
		}
		catch (ReglasNoDisponiblesException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// Un defecto del servicio con este caso: queda registrado y el caso lleva un 500; los demás se deciden.
			log.error("Error inesperado al decidir un caso de un lote de {}: {}", dominio.nombre(), TrazaSinDatos.de(ex));
			errores[0]++;
			return new Lote.CasoInvalido(Problemas.problema(HttpStatus.INTERNAL_SERVER_ERROR,
					"error-interno", "Error interno", "Error inesperado del servicio con este caso; quedó registrado"),
					Identificador.de(caso, dominio.campoIdentificador()));
		}
	}

	private <S, R> Decidido<S, R> decidir(Dominio<S, R> dominio, S solicitud, long inicio, ReglasDeDominio reglas) {
		Evaluacion evaluacion = evaluar(dominio, solicitud, reglas);
		Decision<R> decision = Decision.de(idAleatorio(), evaluacion, Instant.now(), dominio.respuesta(solicitud, evaluacion));
		long nanos = System.nanoTime() - inicio;
		auditoria.registrar(decision, dominio.identificador(solicitud), Cliente.actual(), nanos);
		metricas.decision(dominio.nombre(), decision.resultado(), nanos);
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
	private <S> Evaluacion evaluar(Dominio<S, ?> dominio, S solicitud, ReglasDeDominio reglas) {
		try {
			return reglas == null ? motor.evaluar(dominio, solicitud) : motor.evaluar(reglas, dominio, solicitud);
		}
		catch (RuntimeException ex) {
			for (Throwable causa = ex; causa != null; causa = causa.getCause()) {
				if (causa instanceof DateTimeException || causa instanceof ArithmeticException) {
					// Solo el dominio (glosas, ges...) y la clase de la excepción; nunca su mensaje, que puede repetir un
					// valor de la solicitud (un documento, una fecha).
					String familiaDeDecision = dominio.nombre();
					log.warn("Una regla del dominio {} no pudo calcular con un valor de la solicitud ({})", familiaDeDecision,
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
