package co.auditoria.decisiones.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Lo que hace un sistema cliente con el broker de las pruebas, solo con el cliente de Kafka: enviar solicitudes
 * ({@link RegistrosKafka}), esperar a que el servicio confirme los offsets de su grupo y leer un tópico entero.
 */
final class KafkaDePrueba implements AutoCloseable {

	static final String GRUPO = "decisiones";

	static final Duration SIN_AVANCE = Duration.ofMinutes(2);

	private final String servidores;

	private final KafkaProducer<byte[], byte[]> productor;

	private final Admin admin;

	/** Solo para preguntar offsets finales, desde el hilo de la prueba. */
	private final KafkaConsumer<byte[], byte[]> offsets;

	/**
	 * Espera a que cada partición de los tópicos del servicio tenga líder: el servicio los acaba de crear, y un productor
	 * idempotente que escribe antes puede perder eventos al reintentar (OutOfOrderSequenceException).
	 */
	KafkaDePrueba(String servidores) throws Exception {
		this.servidores = servidores;
		// En orden aunque reintente (una solicitud en vuelo por conexión) y con plazos para una máquina muy cargada.
		this.productor = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servidores,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
				ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000,
				ProducerConfig.LINGER_MS_CONFIG, 5), new ByteArraySerializer(), new ByteArraySerializer());
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servidores));
		this.offsets = consumidor("read_uncommitted");
		Espera.hasta("los tópicos del servicio tienen líder", this::conLider);
	}

	private boolean conLider() throws Exception {
		Set<String> topicos = admin.listTopics().names().get();
		return !topicos.isEmpty() && admin.describeTopics(topicos).allTopicNames().get().values().stream()
			.flatMap(topico -> topico.partitions().stream()).allMatch(particion -> particion.leader() != null);
	}

	/** Envía y espera la confirmación del broker de cada una: si una no se escribió, la prueba lo dice (no es del servicio). */
	void enviar(List<ProducerRecord<byte[], byte[]>> registros) {
		List<Future<RecordMetadata>> envios = registros.stream().map(productor::send).toList();
		productor.flush();
		for (Future<RecordMetadata> envio : envios) {
			try {
				envio.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException ex) {
				throw new AssertionError("la prueba no pudo escribir una solicitud en el broker", ex.getCause());
			}
		}
	}

	/**
	 * Envía solicitudes en otro hilo, de a 50 cada 250 ms, hasta que {@code parar} diga que basta o hasta 20 000 (como
	 * un sistema que produce mientras el servicio se reparte particiones o recarga reglas); el resultado es cuántas
	 * envió.
	 */
	CompletableFuture<Integer> emitir(IntFunction<ProducerRecord<byte[], byte[]>> solicitud, IntPredicate parar) {
		return CompletableFuture.supplyAsync(() -> {
			int enviadas = 0;
			while (!parar.test(enviadas) && enviadas < 20_000) {
				List<ProducerRecord<byte[], byte[]>> tanda = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					tanda.add(solicitud.apply(enviadas++));
				}
				enviar(tanda);
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			return enviadas;
		});
	}

	/**
	 * Espera a que el grupo del servicio haya confirmado todo lo que hay en el tópico. Falla solo si pasan dos minutos
	 * sin que avance: en una máquina compartida el servicio puede ir lento, pero no detenerse.
	 */
	void esperarConfirmado(String topico) throws Exception {
		productor.flush();
		long pendientesAntes = Long.MAX_VALUE;
		Instant sinAvance = Instant.now().plus(SIN_AVANCE);
		while (true) {
			Map<TopicPartition, Long> pendientes = pendientes(topico);
			long total = pendientes.values().stream().mapToLong(Long::longValue).sum();
			if (total == 0) {
				return;
			}
			if (total < pendientesAntes) {
				pendientesAntes = total;
				sinAvance = Instant.now().plus(SIN_AVANCE);
			}
			else if (Instant.now().isAfter(sinAvance)) {
				throw new AssertionError("el grupo dejó de confirmar " + topico + "; faltan " + pendientes);
			}
			Thread.sleep(200);
		}
	}

	/** Cuántos eventos del tópico ya confirmó el grupo del servicio. */
	long confirmados(String topico) throws ExecutionException, InterruptedException {
		return admin.listConsumerGroupOffsets(GRUPO).partitionsToOffsetAndMetadata().get().entrySet().stream()
			.filter(confirmado -> confirmado.getKey().topic().equals(topico))
			.mapToLong(confirmado -> confirmado.getValue().offset()).sum();
	}

	/** Por partición, cuántos eventos del tópico aún no confirma el grupo del servicio. */
	Map<TopicPartition, Long> pendientes(String topico) throws ExecutionException, InterruptedException {
		Map<TopicPartition, OffsetAndMetadata> confirmados = admin.listConsumerGroupOffsets(GRUPO)
			.partitionsToOffsetAndMetadata().get();
		return offsets.endOffsets(particiones(offsets, topico)).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				fin -> fin.getValue() - (confirmados.get(fin.getKey()) == null ? 0 : confirmados.get(fin.getKey()).offset())));
	}

	/** Todo lo que hay hoy en un tópico, partición por partición en su orden, como lo vería un lector con ese aislamiento. */
	List<ConsumerRecord<byte[], byte[]>> leer(String topico, String aislamiento) throws Exception {
		try (KafkaConsumer<byte[], byte[]> consumidor = consumidor(aislamiento)) {
			List<TopicPartition> particiones = particiones(consumidor, topico);
			consumidor.assign(particiones);
			consumidor.seekToBeginning(particiones);
			if (aislamiento.equals("read_committed")) {
				// El coordinador escribe las marcas de una transacción confirmada después de confirmar sus offsets: hasta
				// que llegan, el fin que ve un lector read_committed se queda antes de sus decisiones.
				Espera.hasta("las transacciones de " + topico + " terminaron",
						() -> consumidor.endOffsets(particiones).equals(offsets.endOffsets(particiones)));
			}
			Map<TopicPartition, Long> fin = consumidor.endOffsets(particiones);
			List<ConsumerRecord<byte[], byte[]>> leidos = new ArrayList<>();
			Instant limite = Instant.now().plus(SIN_AVANCE);
			while (particiones.stream().anyMatch(particion -> consumidor.position(particion) < fin.get(particion))) {
				if (Instant.now().isAfter(limite)) {
					throw new AssertionError("no se pudo leer " + topico + " hasta el final");
				}
				consumidor.poll(Duration.ofMillis(200)).forEach(leidos::add);
			}
			return leidos;
		}
	}

	private KafkaConsumer<byte[], byte[]> consumidor(String aislamiento) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servidores,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, aislamiento, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	private static List<TopicPartition> particiones(KafkaConsumer<?, ?> consumidor, String topico) {
		return consumidor.partitionsFor(topico).stream().map(info -> new TopicPartition(topico, info.partition())).toList();
	}

	@Override
	public void close() {
		productor.close();
		admin.close();
		offsets.close();
	}

}
