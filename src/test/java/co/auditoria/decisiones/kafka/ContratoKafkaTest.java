package co.auditoria.decisiones.kafka;

import static co.auditoria.decisiones.kafka.RegistrosKafka.bytes;
import static co.auditoria.decisiones.kafka.RegistrosKafka.cabecera;
import static co.auditoria.decisiones.kafka.RegistrosKafka.correlaciones;
import static co.auditoria.decisiones.kafka.RegistrosKafka.solicitud;
import static co.auditoria.decisiones.kafka.RegistrosKafka.texto;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import co.auditoria.decisiones.api.Decisor;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * El contrato de los tópicos (README, «Decisiones por Kafka»): la decisión como CloudEvent con la clave y la
 * correlación de la solicitud y el mismo JSON que HTTP, la cola de errores con el problema sin detener la partición,
 * las métricas por dominio y los ejemplos de {@code examples/kafka/}, que son lo que el servicio produce.
 */
class ContratoKafkaTest extends ServicioKafkaAlMenosUnaVez {

	@Autowired
	Decisor decisor;

	@Autowired
	ObjectMapper json;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Autowired
	MotorReglas motor;

	@Test
	void laDecisionEsUnCloudEventConLaClaveLaCorrelacionYElMismoJsonQueHttp() throws Exception {
		ProducerRecord<byte[], byte[]> sinCloudEvent = new ProducerRecord<>(SOLICITUDES, bytes("caso-b"), bytes(caso));
		sinCloudEvent.headers().add("correlacion", bytes("contrato-propia"));
		kafka.enviar(List.of(solicitud(SOLICITUDES, "caso-a", "contrato-ce", caso), sinCloudEvent,
				new ProducerRecord<>(SOLICITUDES, bytes("caso-c"), bytes(caso))));
		kafka.esperarConfirmado(SOLICITUDES);
		List<ConsumerRecord<byte[], byte[]>> decisiones = kafka.leer(DECISIONES, "read_committed");
		ConsumerRecord<byte[], byte[]> decision = unica(decisiones, "ce_correlacion", "contrato-ce");

		// Cualquier sistema la lee con el SDK de CloudEvents, sin clases del servicio.
		CloudEvent evento = KafkaMessageFactory.createReader(decision).toEvent();
		JsonNode dato = json.readTree(evento.getData().toBytes());
		assertThat(texto(decision.key())).isEqualTo("caso-a");
		assertThat(evento.getSpecVersion().toString()).isEqualTo("1.0");
		assertThat(evento.getId()).isEqualTo(dato.path("idDecision").asString());
		assertThat(evento.getSource()).hasToString("urn:decisiones:invalidez");
		assertThat(evento.getType()).isEqualTo("co.auditoria.decisiones.invalidez.decision");
		assertThat(evento.getDataContentType()).isEqualTo("application/json");
		assertThat(evento.getTime()).isNotNull();
		assertThat(evento.getExtension("correlacion")).isEqualTo("contrato-ce");
		assertThat(evento.getExtension("versionreglas")).isEqualTo(dato.path("versionReglas").asString());
		// El dato es lo que responde HTTP para la misma solicitud, salvo el id y la hora de la decisión.
		ObjectNode http = (ObjectNode) json.readTree(json.writeValueAsBytes(decisor.decidir("invalidez", bytes(caso))));
		ObjectNode kafkaSinId = ((ObjectNode) dato).deepCopy();
		for (ObjectNode documento : List.of(http, kafkaSinId)) {
			documento.remove(List.of("idDecision", "evaluadoEn"));
		}
		assertThat(kafkaSinId).isEqualTo(http);
		assertThat(texto(unica(decisiones, "ce_correlacion", "contrato-propia").key())).isEqualTo("caso-b");
		assertThat(decisiones.stream().filter(registro -> "caso-c".equals(texto(registro.key())))
			.map(registro -> cabecera(registro, "ce_correlacion"))).singleElement().asString().matches(SOLICITUDES + "/\\d/\\d+");
	}

	@Test
	void unaSolicitudInvalidaVaALaColaDeErroresConSuProblemaYLaParticionSigue() throws Exception {
		double decididas = contador("decisiones.kafka.decididos", "dominio", "invalidez");
		double invalidas = contador("decisiones.kafka.errores", "dominio", "invalidez", "problema", "solicitud-invalida");
		double noSoportadas = contador("decisiones.kafka.errores", "dominio", "invalidez", "problema", "tipo-no-soportado");
		ProducerRecord<byte[], byte[]> estructurado = solicitud(SOLICITUDES, "veneno", "veneno-estructurado",
				"{\"specversion\": \"1.0\", \"data\": " + caso + "}");
		estructurado.headers().remove("content-type").add("content-type", bytes("application/cloudevents+json"));
		kafka.enviar(List.of(solicitud(SOLICITUDES, "veneno", "veneno-1", caso),
				solicitud(SOLICITUDES, "veneno", "veneno-json-roto", "{\"idCaso\": "),
				solicitud(SOLICITUDES, "veneno", "veneno-2", caso),
				solicitud(SOLICITUDES, "veneno", "veneno-campo", "{\"diasUCI\": 3}"), estructurado,
				solicitud(SOLICITUDES, "veneno", "veneno-nulo", null), solicitud(SOLICITUDES, "veneno", "veneno-3", caso)));
		kafka.esperarConfirmado(SOLICITUDES);

		assertThat(correlaciones(kafka.leer(DECISIONES, "read_committed"), "veneno-")).containsExactly("veneno-1", "veneno-2", "veneno-3");
		List<ConsumerRecord<byte[], byte[]>> errores = kafka.leer(ERRORES, "read_committed").stream()
			.filter(error -> cabecera(error, "correlacion").startsWith("veneno-")).toList();
		assertThat(errores).extracting(error -> cabecera(error, "correlacion"))
			.containsExactly("veneno-json-roto", "veneno-campo", "veneno-estructurado", "veneno-nulo");
		for (ConsumerRecord<byte[], byte[]> error : errores) {
			assertThat(texto(error.key())).isEqualTo("veneno");
			assertThat(cabecera(error, "ce_id")).as("la solicitud va tal como llegó").isEqualTo(cabecera(error, "correlacion"));
			assertThat(cabecera(error, "decisiones_origen")).matches(SOLICITUDES + "/\\d/\\d+");
		}
		assertThat(texto(errores.get(0).value())).isEqualTo("{\"idCaso\": ");
		JsonNode campo = json.readTree(cabecera(errores.get(1), "decisiones_problema"));
		assertThat(campo.path("type").asString()).isEqualTo("urn:decisiones:problema:solicitud-invalida");
		assertThat(campo.path("status").asInt()).isEqualTo(400);
		assertThat(campo.path("instance").asString()).isEqualTo("kafka:" + cabecera(errores.get(1), "decisiones_origen"));
		assertThat(campo.path("errores").findValuesAsString("campo")).contains("diasUCI");
		JsonNode estructuradoRechazado = json.readTree(cabecera(errores.get(2), "decisiones_problema"));
		assertThat(estructuradoRechazado.path("type").asString()).isEqualTo("urn:decisiones:problema:tipo-no-soportado");
		assertThat(estructuradoRechazado.path("status").asInt()).isEqualTo(415);

		assertThat(contador("decisiones.kafka.decididos", "dominio", "invalidez") - decididas).isEqualTo(3);
		assertThat(contador("decisiones.kafka.errores", "dominio", "invalidez", "problema", "solicitud-invalida") - invalidas)
			.isEqualTo(3);
		assertThat(contador("decisiones.kafka.errores", "dominio", "invalidez", "problema", "tipo-no-soportado") - noSoportadas)
			.isEqualTo(1);
		String metricas = prometheus.scrape();
		// Los contadores de cada dominio existen desde el arranque, aunque aún no haya decidido nada.
		for (Dominio<?, ?> dominio : motor.dominios()) {
			assertThat(metricas).contains("decisiones_kafka_decididos_total{dominio=\"" + dominio.nombre() + "\"}");
		}
		// El retraso lo mide el cliente de Kafka; el de cada partición aparece cuando Micrometer vuelve a mirar (1 min).
		assertThat(metricas).containsPattern("kafka_consumer_fetch_manager_records_lag_max\\{client_id=\"decisiones-0\"")
			.contains("kafka_consumer_coordinator_rebalance_total{").contains("kafka_producer_record_error_total{");
	}

	@Test
	void losEjemplosDeExamplesKafkaSonLoQueElServicioProduce() throws Exception {
		EventoDeEjemplo solicitud = EventoDeEjemplo.leer("solicitud.json");
		EventoDeEjemplo invalida = EventoDeEjemplo.leer("solicitud-invalida.json");
		kafka.enviar(List.of(solicitud.registro(), invalida.registro()));
		kafka.esperarConfirmado(SOLICITUDES);
		EventoDeEjemplo decision = EventoDeEjemplo.de(unica(kafka.leer(DECISIONES, "read_committed"), "ce_correlacion",
				solicitud.cabeceras().get("ce_id")));
		EventoDeEjemplo error = EventoDeEjemplo.de(unica(kafka.leer(ERRORES, "read_committed"), "correlacion",
				invalida.cabeceras().get("ce_id")));
		if (Boolean.getBoolean("ejemplos.kafka.escribir")) {
			decision.escribir("decision.json");
			error.escribir("error.json");
		}

		assertThat(decision.cabeceras().get("ce_id")).isEqualTo(decision.valor().path("idDecision").asString());
		assertThat(decision.cabeceras().get("ce_versionreglas")).isEqualTo(decision.valor().path("versionReglas").asString());
		Set<String> variables = Set.of("ce_id", "ce_time", "ce_versionreglas");
		assertThat(decision.sinVariables(variables, Set.of("idDecision", "evaluadoEn", "versionReglas")))
			.as("examples/kafka/invalidez/decision.json (regenerar con -Dejemplos.kafka.escribir=true)")
			.isEqualTo(EventoDeEjemplo.leer("decision.json").sinVariables(variables, Set.of("idDecision", "evaluadoEn", "versionReglas")));
		Set<String> delError = Set.of("decisiones_problema", "decisiones_origen");
		EventoDeEjemplo errorEsperado = EventoDeEjemplo.leer("error.json");
		assertThat(error.sinVariables(delError, Set.of())).as("examples/kafka/invalidez/error.json")
			.isEqualTo(errorEsperado.sinVariables(delError, Set.of()));
		assertThat(sinInstancia(error.cabeceras().get("decisiones_problema")))
			.isEqualTo(sinInstancia(errorEsperado.cabeceras().get("decisiones_problema")));
	}

	private JsonNode sinInstancia(String problema) {
		ObjectNode documento = (ObjectNode) json.readTree(problema);
		documento.remove("instance");
		return documento;
	}

	private double contador(String nombre, String... etiquetas) {
		Counter contador = prometheus.find(nombre).tags(etiquetas).counter();
		return contador == null ? 0 : contador.count();
	}

	private static ConsumerRecord<byte[], byte[]> unica(List<ConsumerRecord<byte[], byte[]>> registros, String cabecera,
			String correlacion) {
		List<ConsumerRecord<byte[], byte[]>> encontrados = registros.stream()
			.filter(registro -> correlacion.equals(cabecera(registro, cabecera))).toList();
		assertThat(encontrados).as(correlacion).hasSize(1);
		return encontrados.get(0);
	}

}
