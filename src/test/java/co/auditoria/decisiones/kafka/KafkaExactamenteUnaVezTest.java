package co.auditoria.decisiones.kafka;

import static co.auditoria.decisiones.kafka.Espera.hasta;
import static co.auditoria.decisiones.kafka.RegistrosKafka.cabecera;
import static co.auditoria.decisiones.kafka.RegistrosKafka.correlaciones;
import static co.auditoria.decisiones.kafka.RegistrosKafka.solicitud;
import static co.auditoria.decisiones.kafka.RegistrosKafka.texto;
import static org.assertj.core.api.Assertions.assertThat;

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

import co.auditoria.decisiones.engine.Dominio;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * Exactamente una vez (transacciones de Kafka) contra un broker KRaft real que arrancan las pruebas: 10 000 eventos
 * repartidos entre todos los dominios registrados con una transacción abortada en medio, y dos consumidores del grupo
 * que se reparten las particiones a mitad del flujo.
 */
class KafkaExactamenteUnaVezTest extends ServicioKafkaExactamenteUnaVez {

	@Autowired
	ContenedoresKafka contenedores;

	@Autowired
	KafkaTemplate<byte[], byte[]> plantillaDecisiones;

	@Autowired
	ConcurrentMessageListenerContainer<byte[], byte[]> contenedorDecisiones;

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
			ejemplos.put(dominio, RegistrosKafka.ejemplo(dominio));
		}
		List<ProducerRecord<byte[], byte[]>> solicitudes = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			String dominio = dominios.get(i % dominios.size());
			solicitudes.add(solicitud(topicos().solicitudesDe(dominio), "clave-" + (i % 97), "eos-" + i, ejemplos.get(dominio)));
		}
		kafka.enviar(solicitudes);
		// Y el consumidor se reinicia justo después de abortar (sale del grupo y vuelve, como una réplica que cae): el
		// lote abortado se vuelve a leer desde los offsets de la última transacción confirmada.
		plantilla.fallo().get(3, TimeUnit.MINUTES);
		contenedorDecisiones.stop();
		contenedorDecisiones.start();
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
		String cuerpo = RegistrosKafka.ejemplo("invalidez");
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
			hasta("el servicio decidió las primeras 200", () -> kafka.confirmados(topico) > antes + 200);
			segundo.start();
			hasta("el segundo consumidor leyó 200", () -> consumidos(segundo) > 200);
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

	/** Cuántos eventos leyó un contenedor, según la métrica de su cliente de Kafka. */
	private static double consumidos(ConcurrentMessageListenerContainer<?, ?> contenedor) {
		return contenedor.metrics().values().stream().flatMap(metricas -> metricas.entrySet().stream())
			.filter(metrica -> metrica.getKey().name().equals("records-consumed-total") && !metrica.getKey().tags().containsKey("topic"))
			.mapToDouble(metrica -> ((Number) metrica.getValue().metricValue()).doubleValue()).sum();
	}

}
