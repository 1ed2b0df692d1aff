package co.auditoria.decisiones.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Lo que hace un sistema cliente con el broker de las pruebas, solo con el cliente de Kafka: enviar solicitudes como
 * CloudEvents en modo binario, esperar a que el servicio confirme los offsets de su grupo y leer un tópico entero.
 */
final class KafkaDePrueba implements AutoCloseable {

	static final String GRUPO = "decisiones";

	static final Duration SIN_AVANCE = Duration.ofMinutes(1);

	private final String servidores;

	private final KafkaProducer<byte[], byte[]> productor;

	private final Admin admin;

	/** Solo para preguntar offsets finales, desde el hilo de la prueba. */
	private final KafkaConsumer<byte[], byte[]> offsets;

	KafkaDePrueba(String servidores) {
		this.servidores = servidores;
		this.productor = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servidores,
				ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servidores));
		this.offsets = consumidor("read_uncommitted");
	}

	/** Una solicitud como CloudEvent binario: {@code ce_id} es la correlación que debe volver en la decisión. */
	static ProducerRecord<byte[], byte[]> solicitud(String topico, String clave, String id, String cuerpo) {
		ProducerRecord<byte[], byte[]> registro = new ProducerRecord<>(topico, bytes(clave), bytes(cuerpo));
		registro.headers()
			.add("ce_specversion", bytes("1.0"))
			.add("ce_id", bytes(id))
			.add("ce_source", bytes("urn:pruebas:facturacion"))
			.add("ce_type", bytes("co.auditoria.decisiones.solicitud"))
			.add("content-type", bytes("application/json"));
		return registro;
	}

	void enviar(ProducerRecord<byte[], byte[]> registro) {
		productor.send(registro);
	}

	void enviar(List<ProducerRecord<byte[], byte[]>> registros) {
		registros.forEach(productor::send);
		productor.flush();
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
				for (int i = 0; i < 50; i++) {
					productor.send(solicitud.apply(enviadas++));
				}
				productor.flush();
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
	 * Espera a que el grupo del servicio haya confirmado todo lo que hay en el tópico. Falla solo si pasa un minuto
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

	/**
	 * Espera a que se cumpla una condición, consultándola cada 50 ms; falla si no se cumple en tres minutos (holgura de
	 * una máquina compartida: lo que se espera tarda segundos).
	 */
	static void esperar(String que, Condicion condicion) throws Exception {
		Instant limite = Instant.now().plus(SIN_AVANCE.multipliedBy(3));
		while (!condicion.cumple()) {
			if (Instant.now().isAfter(limite)) {
				throw new AssertionError("no se cumplió a tiempo: " + que);
			}
			Thread.sleep(50);
		}
	}

	interface Condicion {

		boolean cumple() throws Exception;

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
	List<ConsumerRecord<byte[], byte[]>> leer(String topico, String aislamiento) {
		try (KafkaConsumer<byte[], byte[]> consumidor = consumidor(aislamiento)) {
			List<TopicPartition> particiones = particiones(consumidor, topico);
			consumidor.assign(particiones);
			consumidor.seekToBeginning(particiones);
			Map<TopicPartition, Long> fin = consumidor.endOffsets(particiones);
			List<ConsumerRecord<byte[], byte[]>> leidos = new ArrayList<>();
			Instant limite = Instant.now().plusSeconds(60);
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

	static String cabecera(ConsumerRecord<?, ?> registro, String nombre) {
		Header cabecera = registro.headers().lastHeader(nombre);
		return cabecera == null ? null : new String(cabecera.value(), StandardCharsets.UTF_8);
	}

	static String texto(byte[] valor) {
		return valor == null ? null : new String(valor, StandardCharsets.UTF_8);
	}

	static byte[] bytes(String texto) {
		return texto == null ? null : texto.getBytes(StandardCharsets.UTF_8);
	}

	/** La primera solicitud válida de {@code examples/<dominio>/} (las inválidas se llaman {@code *invalida*}). */
	static String ejemplo(String dominio) throws Exception {
		try (Stream<Path> archivos = Files.list(Path.of("examples", dominio))) {
			Path primera = archivos.filter(archivo -> !archivo.getFileName().toString().contains("invalida"))
				.filter(archivo -> archivo.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
			return Files.readString(primera);
		}
	}

	/** Las correlaciones de las decisiones que empiezan por un prefijo (el de una prueba). */
	static List<String> correlaciones(List<ConsumerRecord<byte[], byte[]>> registros, String prefijo) {
		return registros.stream().map(registro -> cabecera(registro, "ce_correlacion"))
			.filter(correlacion -> correlacion != null && correlacion.startsWith(prefijo)).toList();
	}

	@Override
	public void close() {
		productor.close();
		admin.close();
		offsets.close();
	}

}
