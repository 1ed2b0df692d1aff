package co.auditoria.decisiones.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.api.Decisor;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import tools.jackson.databind.ObjectMapper;

/**
 * Las decisiones por Kafka, solo con {@code decisiones.kafka.habilitado=true}: sin esa propiedad no se crea ningún
 * consumidor ni productor y el servicio no se conecta a un broker. Usa las fábricas de Spring Boot
 * ({@code spring.kafka.*}: servidores, TLS, SASL, métricas del cliente en Micrometer) e impone lo que la garantía de
 * entrega necesita, que no se deja a la configuración: bytes sin convertir, offsets confirmados solo por el
 * contenedor, lectura {@code read_committed}, productor idempotente con {@code acks=all} y, con
 * {@code decisiones.kafka.exactamente-una-vez=true}, transacciones.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("decisiones.kafka.habilitado")
class ConfiguracionKafka {

	@Bean
	DefaultKafkaConsumerFactoryCustomizer consumidorDeSolicitudes() {
		return fabrica -> {
			Map<String, Object> configuracion = new LinkedHashMap<>();
			configuracion.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
			configuracion.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
			configuracion.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
			configuracion.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
			// Un grupo nuevo decide lo que ya esperaba en el tópico, no solo lo que llegue después.
			if (!fabrica.getConfigurationProperties().containsKey(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)) {
				configuracion.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
			}
			fabrica.updateConfigs(configuracion);
		};
	}

	@Bean
	DefaultKafkaProducerFactoryCustomizer productorDeDecisiones(PropiedadesKafka propiedades) {
		return fabrica -> {
			fabrica.updateConfigs(Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
					ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class, ProducerConfig.ACKS_CONFIG,
					"all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
			if (propiedades.exactamenteUnaVez()) {
				fabrica.setTransactionIdPrefix(propiedades.prefijoTransacciones());
			}
		};
	}

	@Bean
	@SuppressWarnings("unchecked")
	KafkaTemplate<byte[], byte[]> plantillaDecisiones(ProducerFactory<?, ?> productores) {
		return new KafkaTemplate<>((ProducerFactory<byte[], byte[]>) productores);
	}

	@Bean
	ConsumidorDecisiones consumidorDecisiones(Decisor decisor, KafkaTemplate<byte[], byte[]> plantillaDecisiones,
			ObjectMapper json, MeterRegistry registro, MotorReglas motor, PropiedadesKafka propiedades) {
		List<String> dominios = dominios(motor);
		Map<String, String> porTopico = new LinkedHashMap<>();
		dominios.forEach(dominio -> porTopico.put(propiedades.topicos().solicitudesDe(dominio), dominio));
		return new ConsumidorDecisiones(decisor, plantillaDecisiones, new EventosKafka(json),
				new MetricasKafka(registro, dominios), propiedades, porTopico);
	}

	@Bean
	@SuppressWarnings("unchecked")
	ContenedoresKafka contenedoresKafka(ConsumerFactory<?, ?> consumidores, ProducerFactory<?, ?> productores,
			ConsumidorDecisiones consumidorDecisiones, PropiedadesKafka propiedades, MotorReglas motor) {
		return new ContenedoresKafka((ConsumerFactory<byte[], byte[]>) consumidores,
				(ProducerFactory<byte[], byte[]>) productores, consumidorDecisiones, propiedades,
				dominios(motor).stream().map(propiedades.topicos()::solicitudesDe).toList());
	}

	/** Arranca con el contexto y, al apagar, termina el lote en curso y confirma sus offsets antes de cerrar. */
	@Bean
	ConcurrentMessageListenerContainer<byte[], byte[]> contenedorDecisiones(ContenedoresKafka contenedoresKafka) {
		return contenedoresKafka.nuevo("decisiones");
	}

	/** Con {@code decisiones.kafka.topicos.crear=true}, los tres tópicos de cada dominio que aún no existan. */
	@Bean
	@ConditionalOnBooleanProperty("decisiones.kafka.topicos.crear")
	KafkaAdmin.NewTopics topicosDecisiones(MotorReglas motor, PropiedadesKafka propiedades) {
		PropiedadesKafka.Topicos topicos = propiedades.topicos();
		return new KafkaAdmin.NewTopics(dominios(motor).stream()
			.flatMap(dominio -> List.of(topicos.solicitudesDe(dominio), topicos.decisionesDe(dominio), topicos.erroresDe(dominio))
				.stream())
			.map(nombre -> new NewTopic(nombre, topicos.particiones(), topicos.replicas()))
			.toArray(NewTopic[]::new));
	}

	private static List<String> dominios(MotorReglas motor) {
		return motor.dominios().stream().map(Dominio::nombre).toList();
	}

}
