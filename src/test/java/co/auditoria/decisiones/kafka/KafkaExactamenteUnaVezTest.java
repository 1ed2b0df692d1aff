package co.auditoria.decisiones.kafka;

import static co.auditoria.decisiones.kafka.KafkaDePrueba.cabecera;
import static co.auditoria.decisiones.kafka.KafkaDePrueba.correlaciones;
import static co.auditoria.decisiones.kafka.KafkaDePrueba.esperar;
import static co.auditoria.decisiones.kafka.KafkaDePrueba.solicitud;
import static co.auditoria.decisiones.kafka.KafkaDePrueba.texto;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import co.auditoria.decisiones.api.ReglasTemporales;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisiones por Kafka con transacciones (exactamente una vez) contra un broker KRaft real que arrancan las pruebas:
 * 10 000 eventos repartidos entre todos los dominios registrados con una transacción abortada en medio, dos consumidores del grupo que se
 * reparten las particiones a mitad del flujo, y una recarga de reglas a mitad del flujo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "decisiones.kafka.habilitado=true", "decisiones.kafka.exactamente-una-vez=true",
				"decisiones.kafka.topicos.crear=true", "decisiones.kafka.topicos.particiones=4",
				"decisiones.kafka.topicos.replicas=1", "reglas.vigilar=false", "logging.level.AUDITORIA=WARN", "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
				"logging.level.state.change.logger=WARN" })
@Import(FallaDeEnvio.Configuracion.class)
@EmbeddedKafka(brokerProperties = { "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1" })
class KafkaExactamenteUnaVezTest {

	private static final Path REGLAS = ReglasTemporales.copiar();

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	ContenedoresKafka contenedores;

	@Autowired
	MotorReglas motor;

	@Autowired
	PropiedadesKafka propiedades;

	@Autowired
	KafkaTemplate<byte[], byte[]> plantillaDecisiones;

	KafkaDePrueba kafka;

	@DynamicPropertySource
	static void directorio(DynamicPropertyRegistry registro) {
		registro.add("reglas.directorio", REGLAS::toString);
	}

	@BeforeEach
	void conectar() {
		kafka = new KafkaDePrueba(broker.getBrokersAsString());
	}

	@AfterEach
	void desconectar() {
		kafka.close();
	}

	@Test
	void diezMilEventosNiSePierdenNiSeDuplicanAunqueUnaTransaccionAborte() throws Exception {
		assertThat(contenedores.transaccional()).isTrue();
		// El envío número 4 000 llega al broker pero su confirmación falla: la transacción de su lote aborta.
		FallaDeEnvio plantilla = (FallaDeEnvio) plantillaDecisiones;
		int antes = plantilla.envios();
		plantilla.armar(4_000);
		// Todos los dominios registrados, cada uno con sus tópicos: un dominio nuevo entra solo.
		List<String> dominios = motor.dominios().stream().map(Dominio::nombre).toList();
		Map<String, String> ejemplos = new LinkedHashMap<>();
		for (String dominio : dominios) {
			ejemplos.put(dominio, KafkaDePrueba.ejemplo(dominio));
		}
		List<ProducerRecord<byte[], byte[]>> solicitudes = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			String dominio = dominios.get(i % dominios.size());
			solicitudes.add(solicitud(topicos().solicitudesDe(dominio), "clave-" + (i % 97), "eos-" + i, ejemplos.get(dominio)));
		}
		kafka.enviar(solicitudes);
		for (String dominio : dominios) {
			kafka.esperarConfirmado(topicos().solicitudesDe(dominio));
		}

		List<String> confirmadas = new ArrayList<>();
		List<String> todas = new ArrayList<>();
		for (String dominio : dominios) {
			List<ConsumerRecord<byte[], byte[]>> decisiones = kafka.leer(topicos().decisionesDe(dominio), "read_committed");
			decisiones.stream().filter(decision -> cabecera(decision, "ce_correlacion").startsWith("eos-")).forEach(decision -> {
				int i = Integer.parseInt(cabecera(decision, "ce_correlacion").substring(4));
				assertThat(texto(decision.key())).isEqualTo("clave-" + (i % 97));
				assertThat(cabecera(decision, "ce_type")).isEqualTo(EventosKafka.tipo(dominio));
				assertThat(dominios.get(i % dominios.size())).as("cada decisión sale en el tópico de su dominio").isEqualTo(dominio);
			});
			confirmadas.addAll(correlaciones(decisiones, "eos-"));
			todas.addAll(correlaciones(kafka.leer(topicos().decisionesDe(dominio), "read_uncommitted"), "eos-"));
		}
		System.out.printf("Exactamente una vez: 10000 solicitudes, %d decisiones confirmadas (%d distintas); "
				+ "%d más en transacciones abortadas que un lector read_committed no ve%n", confirmadas.size(),
				new HashSet<>(confirmadas).size(), todas.size() - confirmadas.size());
		assertThat(plantilla.envios() - antes).as("hubo reintento tras la falla").isGreaterThan(10_000);
		assertThat(todas.size()).as("lo abortado está en el registro").isGreaterThan(10_000);
		assertThat(confirmadas).hasSize(10_000).doesNotHaveDuplicates();
	}

	@Test
	void dosConsumidoresSeRepartenLasParticionesYCadaClaveConservaSuOrden() throws Exception {
		String topico = topicos().solicitudesDe("invalidez");
		String cuerpo = KafkaDePrueba.ejemplo("invalidez");
		Map<String, AtomicInteger> secuencias = new ConcurrentHashMap<>();
		AtomicInteger enviadas = new AtomicInteger();
		AtomicInteger limite = new AtomicInteger(Integer.MAX_VALUE);
		long antes = kafka.confirmados(topico);
		CompletableFuture<Integer> emision = kafka.emitir(i -> {
			enviadas.set(i + 1);
			String clave = "orden-" + (i % 20);
			int secuencia = secuencias.computeIfAbsent(clave, c -> new AtomicInteger()).getAndIncrement();
			return solicitud(topico, clave, "reparto-" + clave + "-" + secuencia, cuerpo);
		}, i -> i >= limite.get());

		// El primero decide solo; el segundo entra a mitad del flujo (reparto) y sale antes de que termine (otro reparto).
		ConcurrentMessageListenerContainer<byte[], byte[]> segundo = contenedores.nuevo("decisiones-b");
		double delSegundo;
		try {
			esperar("el servicio decidió las primeras 200", () -> kafka.confirmados(topico) > antes + 200);
			segundo.start();
			esperar("el segundo consumidor leyó 200", () -> consumidos(segundo) > 200);
			delSegundo = consumidos(segundo);
		}
		finally {
			segundo.stop();
			limite.set(enviadas.get() + 1_000);
		}
		emision.get(10, TimeUnit.MINUTES);
		kafka.esperarConfirmado(topico);

		Map<String, List<Integer>> porClave = new LinkedHashMap<>();
		for (String correlacion : correlaciones(kafka.leer(topicos().decisionesDe("invalidez"), "read_committed"), "reparto-")) {
			String[] partes = correlacion.split("-");
			porClave.computeIfAbsent(partes[1] + "-" + partes[2], c -> new ArrayList<>()).add(Integer.parseInt(partes[3]));
		}
		System.out.printf("Reparto: %d solicitudes en 20 claves; el segundo consumidor leyó %.0f mientras estuvo en el grupo%n",
				enviadas.get(), delSegundo);
		assertThat(porClave).hasSize(20);
		porClave.forEach((clave, orden) -> assertThat(orden).as("orden de %s", clave)
			.containsExactlyElementsOf(IntStream.range(0, secuencias.get(clave).get()).boxed().toList()));
	}

	@Test
	void unaRecargaEnMedioDelFlujoCambiaLaVersionEntreDosEventosNuncaDentroDeUno() throws Exception {
		Path tabla = REGLAS.resolve("invalidez/clasificacion-pcl.tabla.csv");
		String umbral50 = Files.readString(tabla);
		String version50 = motor.activo().dominio("invalidez").version();
		String topico = topicos().solicitudesDe("invalidez");
		// PCL de 45 en firme: incapacidad permanente parcial con el umbral de 50, invalidez con el de 40.
		String cuerpo = """
				{"siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "J45"}],
				 "pclCalificada": 45, "pclEnFirme": true, "fechaEvaluacion": "2026-02-20"}""";
		AtomicInteger enviadas = new AtomicInteger();
		AtomicInteger limite = new AtomicInteger(Integer.MAX_VALUE);
		long antes = kafka.confirmados(topico);
		CompletableFuture<Integer> emision = kafka.emitir(i -> {
			enviadas.set(i + 1);
			return solicitud(topico, "pcl-" + (i % 10), "recarga-" + i, cuerpo);
		}, i -> i >= limite.get());
		String version40;
		try {
			esperar("el servicio decidió las primeras 200", () -> kafka.confirmados(topico) > antes + 200);
			Files.writeString(tabla, umbral50.replace(",5,50,INCAPACIDAD_PERMANENTE_PARCIAL", ",5,40,INCAPACIDAD_PERMANENTE_PARCIAL")
				.replace(",50,,INVALIDEZ", ",40,,INVALIDEZ"));
			version40 = motor.recargar("prueba").dominio("invalidez").version();
		}
		finally {
			limite.set(enviadas.get() + 1_000);
		}
		int total = emision.get(10, TimeUnit.MINUTES);
		kafka.esperarConfirmado(topico);
		Files.writeString(tabla, umbral50);
		motor.recargar("prueba");

		Map<String, String> clasificacion = Map.of(version50, "INCAPACIDAD_PERMANENTE_PARCIAL", version40, "INVALIDEZ");
		Map<String, List<String>> versionesPorClave = new LinkedHashMap<>();
		JsonMapper json = JsonMapper.builder().build();
		List<ConsumerRecord<byte[], byte[]>> decisiones = kafka.leer(topicos().decisionesDe("invalidez"), "read_committed");
		for (ConsumerRecord<byte[], byte[]> decision : decisiones) {
			if (cabecera(decision, "ce_correlacion").startsWith("recarga-")) {
				JsonNode dato = json.readTree(decision.value());
				String version = dato.path("versionReglas").asString();
				assertThat(clasificacion).containsKey(version);
				assertThat(cabecera(decision, "ce_versionreglas")).isEqualTo(version);
				assertThat(dato.path("clasificacionPcl").asString()).isEqualTo(clasificacion.get(version));
				versionesPorClave.computeIfAbsent(texto(decision.key()), c -> new ArrayList<>()).add(version);
			}
		}
		assertThat(correlaciones(decisiones, "recarga-")).hasSize(total).doesNotHaveDuplicates();
		assertThat(versionesPorClave.values().stream().flatMap(List::stream).distinct()).containsExactlyInAnyOrder(version50, version40);
		versionesPorClave.forEach((clave, versiones) -> assertThat(versiones.subList(versiones.indexOf(version40), versiones.size()))
			.as("después de la recarga, %s no vuelve a la versión anterior", clave).containsOnly(version40));
	}

	private PropiedadesKafka.Topicos topicos() {
		return propiedades.topicos();
	}

	/** Cuántos eventos leyó un contenedor, según la métrica de su cliente de Kafka. */
	private static double consumidos(ConcurrentMessageListenerContainer<?, ?> contenedor) {
		return contenedor.metrics().values().stream().flatMap(metricas -> metricas.entrySet().stream())
			.filter(metrica -> metrica.getKey().name().equals("records-consumed-total") && !metrica.getKey().tags().containsKey("topic"))
			.mapToDouble(metrica -> ((Number) metrica.getValue().metricValue()).doubleValue()).sum();
	}


}
