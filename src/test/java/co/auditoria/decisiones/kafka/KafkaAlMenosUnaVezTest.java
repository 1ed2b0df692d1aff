package co.auditoria.decisiones.kafka;

import static co.auditoria.decisiones.kafka.KafkaDePrueba.bytes;
import static co.auditoria.decisiones.kafka.KafkaDePrueba.cabecera;
import static co.auditoria.decisiones.kafka.KafkaDePrueba.correlaciones;
import static co.auditoria.decisiones.kafka.KafkaDePrueba.solicitud;
import static co.auditoria.decisiones.kafka.KafkaDePrueba.texto;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import co.auditoria.decisiones.api.Decisor;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decisiones por Kafka al menos una vez (sin transacciones, el modo por omisión) contra el broker KRaft embebido: el
 * contrato de los eventos, la cola de errores, una confirmación del broker que falla y el apagado con un lote en curso.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "decisiones.kafka.habilitado=true", "decisiones.kafka.topicos.crear=true",
				"decisiones.kafka.topicos.particiones=4", "decisiones.kafka.topicos.replicas=1", "reglas.vigilar=false",
				"logging.level.AUDITORIA=WARN", "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
				"logging.level.state.change.logger=WARN" })
@Import(FallaDeEnvio.Configuracion.class)
@EmbeddedKafka
class KafkaAlMenosUnaVezTest {

	private static final String SOLICITUDES = "decisiones.invalidez.solicitudes";

	private static final String DECISIONES = "decisiones.invalidez.decisiones";

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	Decisor decisor;

	@Autowired
	ObjectMapper json;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Autowired
	KafkaTemplate<byte[], byte[]> plantillaDecisiones;

	@Autowired
	ConcurrentMessageListenerContainer<byte[], byte[]> contenedorDecisiones;

	KafkaDePrueba kafka;

	String caso;

	@BeforeEach
	void conectar() throws Exception {
		kafka = new KafkaDePrueba(broker.getBrokersAsString());
		caso = Files.readString(Path.of("examples", "invalidez", "posible-invalidez--uci.json"));
	}

	@AfterEach
	void desconectar() {
		kafka.close();
	}

	@Test
	void laDecisionEsUnCloudEventConLaClaveLaCorrelacionYElMismoJsonQueHttp() throws Exception {
		ProducerRecord<byte[], byte[]> sinCloudEvent = new ProducerRecord<>(SOLICITUDES, bytes("caso-b"), bytes(caso));
		sinCloudEvent.headers().add("correlacion", bytes("contrato-propia"));
		kafka.enviar(List.of(solicitud(SOLICITUDES, "caso-a", "contrato-ce", caso), sinCloudEvent,
				new ProducerRecord<>(SOLICITUDES, bytes("caso-c"), bytes(caso))));
		kafka.esperarConfirmado(SOLICITUDES);
		List<ConsumerRecord<byte[], byte[]>> decisiones = kafka.leer(DECISIONES, "read_committed");
		ConsumerRecord<byte[], byte[]> decision = unica(decisiones, "contrato-ce");

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
		assertThat(texto(unica(decisiones, "contrato-propia").key())).isEqualTo("caso-b");
		assertThat(decisiones.stream().filter(registro -> texto(registro.key()).equals("caso-c"))
			.map(registro -> cabecera(registro, "ce_correlacion"))).singleElement().asString().matches(SOLICITUDES + "/\\d/\\d+");
	}

	@Test
	void unaSolicitudInvalidaVaALaColaDeErroresConSuProblemaYLaParticionSigue() throws Exception {
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
		List<ConsumerRecord<byte[], byte[]>> errores = kafka.leer("decisiones.invalidez.errores", "read_committed").stream()
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

		String metricas = prometheus.scrape();
		assertThat(metricas).containsPattern("decisiones_kafka_decididos_total\\{dominio=\"invalidez\"} [1-9]")
			.containsPattern("decisiones_kafka_errores_total\\{dominio=\"invalidez\",problema=\"solicitud-invalida\"} [3-9]")
			.containsPattern("decisiones_kafka_errores_total\\{dominio=\"invalidez\",problema=\"tipo-no-soportado\"} [1-9]")
			.containsPattern("decisiones_kafka_decididos_total\\{dominio=\"ges\"} 0")
			// El retraso lo mide el cliente de Kafka; el de cada partición aparece cuando Micrometer vuelve a mirar (1 min).
			.containsPattern("kafka_consumer_fetch_manager_records_lag_max\\{client_id=\"decisiones-0\"");
	}

	@Test
	void siElBrokerNoConfirmaElLoteSeVuelveALeerYNadaSePierde() throws Exception {
		FallaDeEnvio plantilla = (FallaDeEnvio) plantillaDecisiones;
		plantilla.armar(1_500);
		List<ProducerRecord<byte[], byte[]>> solicitudes = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			solicitudes.add(solicitud(SOLICITUDES, "clave-" + (i % 31), "almenos-" + i, caso));
		}
		kafka.enviar(solicitudes);
		kafka.esperarConfirmado(SOLICITUDES);

		List<String> decididas = correlaciones(kafka.leer(DECISIONES, "read_committed"), "almenos-");
		System.out.printf("Al menos una vez: 3000 solicitudes, %d decisiones (%d distintas, %d repetidas por el reintento)%n",
				decididas.size(), new HashSet<>(decididas).size(), decididas.size() - new HashSet<>(decididas).size());
		assertThat(new HashSet<>(decididas)).hasSize(3_000);
	}

	@Test
	void apagarTerminaElLoteEnCursoYConfirmaSusOffsets() throws Exception {
		long antes = kafka.confirmados(SOLICITUDES);
		List<ProducerRecord<byte[], byte[]>> solicitudes = new ArrayList<>();
		for (int i = 0; i < 6_000; i++) {
			solicitudes.add(solicitud(SOLICITUDES, "apagado-" + (i % 13), "apagado-" + i, caso));
		}
		kafka.enviar(solicitudes);
		try {
			while (kafka.confirmados(SOLICITUDES) == antes) {
				Thread.sleep(20);
			}
			contenedorDecisiones.stop();
			while (contenedorDecisiones.isChildRunning()) {
				Thread.sleep(20);
			}
			// Lo decidido es exactamente lo confirmado: el lote en curso terminó y sus offsets quedaron confirmados.
			long confirmadas = kafka.confirmados(SOLICITUDES) - antes;
			List<String> decididas = correlaciones(kafka.leer(DECISIONES, "read_committed"), "apagado-");
			System.out.printf("Apagado: %d de 6000 decididas y confirmadas al detener el consumidor%n", decididas.size());
			assertThat(decididas).hasSize((int) confirmadas);
		}
		finally {
			contenedorDecisiones.start();
		}
		kafka.esperarConfirmado(SOLICITUDES);
		assertThat(correlaciones(kafka.leer(DECISIONES, "read_committed"), "apagado-")).hasSize(6_000).doesNotHaveDuplicates();
	}

	private static ConsumerRecord<byte[], byte[]> unica(List<ConsumerRecord<byte[], byte[]>> registros, String correlacion) {
		List<ConsumerRecord<byte[], byte[]>> encontrados = registros.stream()
			.filter(registro -> correlacion.equals(cabecera(registro, "ce_correlacion"))).toList();
		assertThat(encontrados).as(correlacion).hasSize(1);
		return encontrados.get(0);
	}

}
