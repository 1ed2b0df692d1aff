package co.auditoria.decisiones.kafka;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Locale;

import co.auditoria.decisiones.api.Decision;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.ObjectMapper;

/**
 * Lo que se lee y se escribe en los tópicos (README, «Decisiones por Kafka»). Cada decisión sale como un CloudEvent
 * 1.0 en modo binario del enlace de Kafka: los atributos en cabeceras {@code ce_*} y el dato, el mismo JSON de la
 * {@link Decision} que responde HTTP, con la clave de la solicitud. Una solicitud que no se puede decidir va a la
 * cola de errores tal como llegó (clave, cuerpo y cabeceras, para poder corregirla y reenviarla) con su documento
 * de problema en una cabecera.
 */
final class EventosKafka {

	/** Extensión CloudEvents (y cabecera de la solicitud sin {@code ce_id}) que une la decisión con su solicitud. */
	static final String CORRELACION = "correlacion";

	static final String VERSION_REGLAS = "versionreglas";

	/** El problem+json (RFC 9457) de una solicitud rechazada, en la cola de errores. */
	static final String PROBLEMA = "decisiones_problema";

	/** De dónde salió la solicitud rechazada: {@code tópico/partición/offset}. */
	static final String ORIGEN = "decisiones_origen";

	private static final String ID = "ce_id";

	/** En el modo binario del enlace de Kafka, {@code datacontenttype} va en la cabecera {@code content-type}. */
	private static final String TIPO_CONTENIDO = "content-type";

	private final ObjectMapper json;

	EventosKafka(ObjectMapper json) {
		this.json = json;
	}

	/** {@code ce_type} de las decisiones de un dominio: el esquema del dato depende del dominio. */
	static String tipo(String dominio) {
		return "co.auditoria.decisiones." + dominio + ".decision";
	}

	static URI fuente(String dominio) {
		return URI.create("urn:decisiones:" + dominio);
	}

	/**
	 * El {@code ce_id} de la solicitud si es un CloudEvent, si no su cabecera {@code correlacion}; sin ninguna de
	 * las dos, su posición en el tópico, que es la misma si la solicitud se vuelve a leer.
	 */
	static String correlacion(ConsumerRecord<byte[], byte[]> solicitud) {
		String id = texto(solicitud.headers(), ID);
		if (id == null) {
			id = texto(solicitud.headers(), CORRELACION);
		}
		return id != null ? id : posicion(solicitud);
	}

	/**
	 * Si el cuerpo se declara JSON o no se declara. Un CloudEvent en modo estructurado
	 * ({@code application/cloudevents+json}) no es una solicitud: el servicio lee el modo binario.
	 */
	static boolean declaraJson(ConsumerRecord<byte[], byte[]> solicitud) {
		String tipo = texto(solicitud.headers(), TIPO_CONTENIDO);
		if (tipo == null) {
			return true;
		}
		String medio = tipo.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return medio.equals("application/json") || (medio.endsWith("+json") && !medio.startsWith("application/cloudevents"));
	}

	ProducerRecord<byte[], byte[]> decision(String topico, byte[] clave, String correlacion, Decision<?> decision) {
		CloudEvent evento = CloudEventBuilder.v1()
			.withId(decision.idDecision())
			.withSource(fuente(decision.dominio()))
			.withType(tipo(decision.dominio()))
			.withTime(decision.evaluadoEn().atOffset(ZoneOffset.UTC))
			.withDataContentType("application/json")
			.withExtension(CORRELACION, correlacion)
			.withExtension(VERSION_REGLAS, decision.versionReglas())
			.withData(json.writeValueAsBytes(decision))
			.build();
		return KafkaMessageFactory.createWriter(topico, clave).writeBinary(evento);
	}

	/** La solicitud tal como llegó, con su problema, su origen y su correlación en cabeceras. */
	ProducerRecord<byte[], byte[]> error(String topico, ConsumerRecord<byte[], byte[]> solicitud, String correlacion,
			ProblemDetail problema) {
		problema.setInstance(URI.create("kafka:" + posicion(solicitud)));
		Headers cabeceras = new RecordHeaders(solicitud.headers().toArray());
		cabeceras.remove(PROBLEMA).remove(ORIGEN).remove(CORRELACION);
		cabeceras.add(PROBLEMA, json.writeValueAsBytes(problema));
		cabeceras.add(ORIGEN, posicion(solicitud).getBytes(StandardCharsets.UTF_8));
		cabeceras.add(CORRELACION, correlacion.getBytes(StandardCharsets.UTF_8));
		return new ProducerRecord<>(topico, null, solicitud.key(), solicitud.value(), cabeceras);
	}

	static String posicion(ConsumerRecord<?, ?> registro) {
		return registro.topic() + "/" + registro.partition() + "/" + registro.offset();
	}

	private static String texto(Headers cabeceras, String nombre) {
		Header cabecera = cabeceras.lastHeader(nombre);
		return cabecera == null || cabecera.value() == null ? null : new String(cabecera.value(), StandardCharsets.UTF_8);
	}

}
