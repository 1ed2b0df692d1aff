package co.auditoria.decisiones.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import co.auditoria.decisiones.api.Decision;
import co.auditoria.decisiones.api.Decisor;
import co.auditoria.decisiones.api.Problemas;
import co.auditoria.decisiones.api.SolicitudInvalidaException;
import co.auditoria.decisiones.api.TrazaSinDatos;
import co.auditoria.decisiones.engine.ReglasNoDisponiblesException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.support.SendResult;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Decide cada solicitud de un lote leído de Kafka, en orden, con el mismo {@link Decisor} que HTTP (lectura estricta,
 * validación, reglas, auditoría, métricas), y produce su decisión o su error. Vuelve solo cuando el broker confirmó
 * todo lo producido: entonces el contenedor confirma los offsets del lote (o la transacción, que los lleva).
 * <ul>
 * <li>Una solicitud inválida va a la cola de errores con su problema y el lote sigue: nunca bloquea la
 * partición.</li>
 * <li>Sin reglas activas, o si el broker no confirma, el lote falla en ese evento y se vuelve a leer con espera
 * creciente (al menos una vez, desde ese evento; con transacciones, el lote entero, que se abortó): nada se pierde ni
 * se desvía a errores por una falla del servicio.</li>
 * </ul>
 */
final class ConsumidorDecisiones implements BatchMessageListener<byte[], byte[]> {

	private static final Logger log = LoggerFactory.getLogger(ConsumidorDecisiones.class);

	private final Decisor decisor;

	private final KafkaOperations<byte[], byte[]> kafka;

	private final EventosKafka eventos;

	private final MetricasKafka metricas;

	private final PropiedadesKafka.Topicos topicos;

	/** El dominio de cada tópico de solicitudes. */
	private final Map<String, String> dominios;

	/** La auditoría nombra al cliente de cada decisión: aquí es el consumidor de Kafka, no una clave de API. */
	private final SecurityContext cliente;

	ConsumidorDecisiones(Decisor decisor, KafkaOperations<byte[], byte[]> kafka, EventosKafka eventos,
			MetricasKafka metricas, PropiedadesKafka propiedades, Map<String, String> dominios) {
		this.decisor = decisor;
		this.kafka = kafka;
		this.eventos = eventos;
		this.metricas = metricas;
		this.topicos = propiedades.topicos();
		this.dominios = Map.copyOf(dominios);
		this.cliente = SecurityContextHolder.createEmptyContext();
		this.cliente.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(propiedades.cliente(), null, List.of()));
	}

	@Override
	public void onMessage(List<ConsumerRecord<byte[], byte[]>> solicitudes) {
		SecurityContextHolder.setContext(cliente);
		try {
			List<Producido> producidos = new ArrayList<>(solicitudes.size());
			for (ConsumerRecord<byte[], byte[]> solicitud : solicitudes) {
				try {
					producidos.add(procesar(solicitud));
				}
				catch (ReglasNoDisponiblesException ex) {
					confirmar(producidos);
					throw new BatchListenerFailedException("Sin reglas activas; se espera a que compilen", ex, solicitud);
				}
			}
			confirmar(producidos);
		}
		catch (RuntimeException ex) {
			// El reintento del contenedor solo deja rastro en DEBUG: sin esto, una partición detenida no se vería en el log.
			// Aquí solo llegan fallas del servicio o del broker, cuyos mensajes no repiten datos de las solicitudes.
			log.warn("Un lote de {} evento(s) no se pudo confirmar y se volverá a leer: {}", solicitudes.size(), causas(ex));
			throw ex;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Producido procesar(ConsumerRecord<byte[], byte[]> solicitud) {
		String dominio = dominios.get(solicitud.topic());
		String correlacion = EventosKafka.correlacion(solicitud);
		if (!EventosKafka.declaraJson(solicitud)) {
			return rechazar(dominio, solicitud, correlacion, Problemas.problema(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					MetricasKafka.TIPO_NO_SOPORTADO, "Tipo de contenido no soportado",
					"Se espera una solicitud JSON en el cuerpo (content-type: application/json, CloudEvent en modo binario)"));
		}
		ProducerRecord<byte[], byte[]> salida;
		try {
			Decision<?> decision = decisor.decidir(dominio, solicitud.value() == null ? new byte[0] : solicitud.value());
			salida = eventos.decision(topicos.decisionesDe(dominio), solicitud.key(), correlacion, decision);
		}
		catch (SolicitudInvalidaException ex) {
			return rechazar(dominio, solicitud, correlacion, Problemas.solicitudInvalida(ex.getMessage(), ex.errores()));
		}
		catch (ReglasNoDisponiblesException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// Un defecto del servicio con este caso (como en un lote HTTP): queda registrado y el caso va a errores.
			log.error("Error inesperado al decidir el evento {}: {}", EventosKafka.posicion(solicitud), TrazaSinDatos.de(ex));
			return rechazar(dominio, solicitud, correlacion, Problemas.problema(HttpStatus.INTERNAL_SERVER_ERROR,
					MetricasKafka.ERROR_INTERNO, "Error interno", "Error inesperado del servicio con este caso; quedó registrado"));
		}
		return new Producido(solicitud, dominio, null, kafka.send(salida));
	}

	private Producido rechazar(String dominio, ConsumerRecord<byte[], byte[]> solicitud, String correlacion,
			ProblemDetail problema) {
		String tipo = String.valueOf(problema.getType());
		String motivo = tipo.substring(tipo.lastIndexOf(':') + 1);
		return new Producido(solicitud, dominio, motivo,
				kafka.send(eventos.error(topicos.erroresDe(dominio), solicitud, correlacion, problema)));
	}

	/**
	 * Espera la confirmación del broker de cada evento producido, en orden; si uno falla, el lote se vuelve a leer
	 * desde su solicitud (los anteriores ya están confirmados).
	 */
	private void confirmar(List<Producido> producidos) {
		for (Producido producido : producidos) {
			try {
				producido.envio().get();
			}
			catch (ExecutionException ex) {
				throw new BatchListenerFailedException("El broker no confirmó el evento", ex.getCause(), producido.solicitud());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new BatchListenerFailedException("Interrumpido esperando al broker", ex, producido.solicitud());
			}
			if (producido.problema() == null) {
				metricas.decidido(producido.dominio(), 1);
			}
			else {
				metricas.error(producido.dominio(), producido.problema(), 1);
			}
		}
	}

	private static String causas(Throwable error) {
		StringBuilder texto = new StringBuilder();
		int profundidad = 0;
		for (Throwable causa = error; causa != null && profundidad++ < 10; causa = causa.getCause()) {
			texto.append(texto.isEmpty() ? "" : "; causa: ").append(causa.getClass().getSimpleName()).append(": ").append(causa.getMessage());
		}
		return texto.toString();
	}

	/** Un evento producido: una decisión ({@code problema} nulo) o un error con el tipo de su problema. */
	private record Producido(ConsumerRecord<byte[], byte[]> solicitud, String dominio, String problema,
			CompletableFuture<SendResult<byte[], byte[]>> envio) {
	}

}
