package co.auditoria.decisiones.kafka;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * La plantilla del servicio con una falla que una prueba arma: el envío número n llega al broker pero su
 * confirmación falla, como un broker que cae después de escribir. Sin armar, envía igual que la original.
 */
class FallaDeEnvio extends KafkaTemplate<byte[], byte[]> {

	/** Cuántos envíos faltan para la falla; negativo, ninguna. */
	private final AtomicInteger restantes = new AtomicInteger(-1);

	private final AtomicInteger envios = new AtomicInteger();

	/** Se completa cuando la confirmación armada falló. */
	private volatile CompletableFuture<Void> fallo = new CompletableFuture<>();

	FallaDeEnvio(KafkaTemplate<byte[], byte[]> original) {
		super(original.getProducerFactory());
	}

	/** Falla la confirmación del envío número {@code n} a partir de ahora. */
	void armar(int n) {
		fallo = new CompletableFuture<>();
		restantes.set(n - 1);
	}

	CompletableFuture<Void> fallo() {
		return fallo;
	}

	int envios() {
		return envios.get();
	}

	@Override
	public CompletableFuture<SendResult<byte[], byte[]>> send(ProducerRecord<byte[], byte[]> registro) {
		envios.incrementAndGet();
		CompletableFuture<SendResult<byte[], byte[]>> real = super.send(registro);
		if (restantes.getAndUpdate(n -> n >= 0 ? n - 1 : n) != 0) {
			return real;
		}
		CompletableFuture<Void> avisar = fallo;
		return real.thenCompose(enviado -> {
			avisar.complete(null);
			return CompletableFuture.failedFuture(new KafkaException("falla inyectada"));
		});
	}

	/** Reemplaza la plantilla del servicio por una {@link FallaDeEnvio} sobre la misma fábrica de productores. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Configuracion {

		@Bean
		static BeanPostProcessor fallaDeEnvio() {
			return new BeanPostProcessor() {
				@Override
				@SuppressWarnings("unchecked")
				public Object postProcessAfterInitialization(Object bean, String nombre) {
					return nombre.equals("plantillaDecisiones") ? new FallaDeEnvio((KafkaTemplate<byte[], byte[]>) bean) : bean;
				}
			};
		}

	}

}
