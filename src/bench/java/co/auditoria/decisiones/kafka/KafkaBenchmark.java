package co.auditoria.decisiones.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import co.auditoria.decisiones.DecisionesApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Eventos decididos por segundo por una instancia sobre el broker KRaft embebido (no es una prueba; no corre en
 * {@code verify}): {@code ./mvnw -B -Prendimiento test-compile exec:exec@kafka} ({@code -Dkafka.eventos=60000}).
 * <p>
 * Llena primero los tópicos de solicitudes de todos los dominios (la primera solicitud válida de cada
 * {@code examples/<dominio>/}, repartidas por igual) y después arranca el servicio, una vez por modo y número de
 * hilos, cada vez con otro grupo de consumidores, que lee todo desde el principio. Mide desde el primer offset
 * confirmado hasta el último (sin el arranque ni la entrada al grupo). La auditoría va a un archivo, como en
 * producción; el broker corre en la misma JVM y compite por los mismos núcleos.
 */
public final class KafkaBenchmark {

	private static final int PARTICIONES = 6;

	private KafkaBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int eventos = Integer.getInteger("kafka.eventos", 60_000);
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTICIONES);
		broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1"));
		broker.afterPropertiesSet();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
			List<String> dominios = dominios();
			llenar(broker.getBrokersAsString(), admin, dominios, eventos);
			List<String> filas = new ArrayList<>();
			for (boolean exactamenteUnaVez : new boolean[] { false, true }) {
				for (int hilos : new int[] { 1, 2 }) {
					String grupo = "bench-" + (exactamenteUnaVez ? "eos" : "alo") + "-" + hilos;
					double porSegundo = medir(broker.getBrokersAsString(), admin, grupo, exactamenteUnaVez, hilos, dominios, eventos);
					filas.add(String.format("%-22s %5d %,12d %,14.0f", exactamenteUnaVez ? "exactamente una vez" : "al menos una vez",
							hilos, eventos, porSegundo));
				}
			}
			System.out.printf("%n%s: %d dominios, %d particiones por tópico, %d núcleos%n", "Decisiones por Kafka", dominios.size(),
					PARTICIONES, Runtime.getRuntime().availableProcessors());
			System.out.printf("%-22s %5s %12s %14s%n", "modo", "hilos", "eventos", "eventos/s");
			filas.forEach(System.out::println);
		}
		finally {
			broker.destroy();
		}
	}

	private static double medir(String servidores, Admin admin, String grupo, boolean exactamenteUnaVez, int hilos,
			List<String> dominios, int eventos) throws Exception {
		try (ConfigurableApplicationContext servicio = new SpringApplicationBuilder(DecisionesApplication.class)
			.web(WebApplicationType.NONE)
			// Como argumentos: pesan más que application.properties (properties(...) de SpringApplicationBuilder, menos).
			.run("--decisiones.kafka.habilitado=true", "--decisiones.kafka.exactamente-una-vez=" + exactamenteUnaVez,
					"--decisiones.kafka.grupo=" + grupo, "--decisiones.kafka.hilos=" + hilos,
					"--spring.kafka.bootstrap-servers=" + servidores, "--reglas.vigilar=false", "--logging.level.root=WARN",
					"--auditoria.destino=archivo", "--auditoria.archivo=target/bench-kafka/auditoria.log")) {
			long inicio = 0;
			long confirmados = 0;
			long limite = System.nanoTime() + Duration.ofMinutes(20).toNanos();
			while (confirmados < eventos && System.nanoTime() < limite) {
				confirmados = admin.listConsumerGroupOffsets(grupo).partitionsToOffsetAndMetadata().get().values().stream()
					.mapToLong(offset -> offset.offset()).sum();
				if (inicio == 0 && confirmados > 0) {
					inicio = System.nanoTime();
				}
				if (inicio == 0 && System.nanoTime() > limite - Duration.ofMinutes(17).toNanos()) {
					throw new IllegalStateException("el servicio no confirmó ningún evento en 3 minutos");
				}
				Thread.sleep(100);
			}
			double segundos = (System.nanoTime() - inicio) / 1e9;
			System.out.printf("%s, %d hilo(s): %d eventos en %.1f s%n", grupo, hilos, confirmados, segundos);
			return confirmados / segundos;
		}
	}

	private static void llenar(String servidores, Admin admin, List<String> dominios, int eventos) throws Exception {
		List<NewTopic> topicos = new ArrayList<>();
		for (String dominio : dominios) {
			for (String tipo : List.of("solicitudes", "decisiones", "errores")) {
				topicos.add(new NewTopic("decisiones." + dominio + "." + tipo, PARTICIONES, (short) 1));
			}
		}
		admin.createTopics(topicos).all().get();
		List<String> cuerpos = new ArrayList<>();
		for (String dominio : dominios) {
			cuerpos.add(RegistrosKafka.ejemplo(dominio));
		}
		// El cliente de las pruebas espera a que los tópicos tengan líder y comprueba que cada solicitud se escribió.
		try (KafkaDePrueba kafka = new KafkaDePrueba(servidores)) {
			List<ProducerRecord<byte[], byte[]>> solicitudes = new ArrayList<>(eventos);
			for (int i = 0; i < eventos; i++) {
				String dominio = dominios.get(i % dominios.size());
				solicitudes.add(RegistrosKafka.solicitud("decisiones." + dominio + ".solicitudes", "caso-" + (i % 1_000),
						"bench-" + i, cuerpos.get(i % dominios.size())));
			}
			kafka.enviar(solicitudes);
		}
	}

	private static List<String> dominios() throws Exception {
		try (Stream<Path> carpetas = Files.list(Path.of("rules"))) {
			return carpetas.filter(Files::isDirectory).map(carpeta -> carpeta.getFileName().toString()).sorted().toList();
		}
	}

}
