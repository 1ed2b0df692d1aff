package co.auditoria.decisiones.kafka;

import java.util.List;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Arma los contenedores que consumen las solicitudes de todos los dominios (uno por réplica; más, en las pruebas de
 * reparto de particiones). Los offsets de un lote se confirman después de que el lote vuelve, y el lote vuelve
 * cuando el broker confirmó sus decisiones; con transacciones, decisiones y offsets van en la misma transacción.
 */
final class ContenedoresKafka {

	private final ConsumerFactory<byte[], byte[]> consumidores;

	private final ProducerFactory<byte[], byte[]> productores;

	private final ConsumidorDecisiones consumidor;

	private final PropiedadesKafka propiedades;

	private final List<String> topicos;

	ContenedoresKafka(ConsumerFactory<byte[], byte[]> consumidores, ProducerFactory<byte[], byte[]> productores,
			ConsumidorDecisiones consumidor, PropiedadesKafka propiedades, List<String> topicos) {
		this.consumidores = consumidores;
		this.productores = productores;
		this.consumidor = consumidor;
		this.propiedades = propiedades;
		this.topicos = List.copyOf(topicos);
	}

	boolean transaccional() {
		return productores.transactionCapable();
	}

	List<String> topicos() {
		return topicos;
	}

	/** @param cliente prefijo del {@code client.id} de sus consumidores (aparece en las métricas de Kafka) */
	ConcurrentMessageListenerContainer<byte[], byte[]> nuevo(String cliente) {
		ContainerProperties configuracion = new ContainerProperties(topicos.toArray(String[]::new));
		configuracion.setGroupId(propiedades.grupo());
		configuracion.setClientId(cliente);
		configuracion.setMessageListener(consumidor);
		// El lote entero: se confirma una vez, después de que el broker confirmó lo producido (o con la transacción).
		configuracion.setAckMode(ContainerProperties.AckMode.BATCH);
		// Al apagar, el lote en curso tiene hasta 30 s (spring.lifecycle.timeout-per-shutdown-phase) para terminar.
		configuracion.setShutdownTimeout(30_000);
		if (transaccional()) {
			configuracion.setKafkaAwareTransactionManager(new KafkaTransactionManager<>(productores));
		}
		// El contenedor copia la configuración: todo lo anterior va antes de crearlo.
		ConcurrentMessageListenerContainer<byte[], byte[]> contenedor = new ConcurrentMessageListenerContainer<>(
				consumidores, configuracion);
		contenedor.setConcurrency(propiedades.hilos());
		if (transaccional()) {
			// Una falla aborta la transacción y el lote entero se vuelve a leer desde su principio: lo abortado nunca lo ve
			// un lector read_committed. Sin manejador de errores común a propósito: el DefaultErrorHandler corre dentro de
			// la transacción y confirmaría, fuera de ella, los offsets de los eventos anteriores al que falló, cuyas
			// decisiones se abortan; si el consumidor perdiera sus particiones antes del reintento, esos eventos se perderían.
			contenedor.setAfterRollbackProcessor(new DefaultAfterRollbackProcessor<>(reintentos()));
		}
		else {
			// Al menos una vez: los eventos anteriores al que falló ya tienen su decisión confirmada por el broker; se
			// confirman sus offsets y se vuelve a leer desde el que falló.
			contenedor.setCommonErrorHandler(new DefaultErrorHandler(reintentos()));
		}
		return contenedor;
	}

	/**
	 * Una falla del servicio (sin reglas, el broker que no confirma) se reintenta sin fin, de medio segundo a
	 * 30 segundos: desviar esos eventos a errores o saltarlos sería perderlos. Mientras, el consumidor sigue en su
	 * grupo y el apagado interrumpe la espera.
	 */
	private static BackOff reintentos() {
		ExponentialBackOff espera = new ExponentialBackOff(500, 2.0);
		espera.setMaxInterval(30_000);
		return espera;
	}

}
