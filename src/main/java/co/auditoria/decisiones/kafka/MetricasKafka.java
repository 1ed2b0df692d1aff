package co.auditoria.decisiones.kafka;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Lo que el consumidor de Kafka cuenta ({@code /actuator/prometheus}), por dominio:
 * <ul>
 * <li>{@code decisiones_kafka_decididos_total{dominio}}: decisiones producidas en el tópico de decisiones;</li>
 * <li>{@code decisiones_kafka_errores_total{dominio,problema}}: solicitudes enviadas a la cola de errores, por el
 * {@code type} de su problema ({@code solicitud-invalida}, {@code tipo-no-soportado}, {@code error-interno}).</li>
 * </ul>
 * El retraso (lag) lo publica el cliente de Kafka: {@code kafka_consumer_fetch_manager_records_lag{topic,partition}}
 * y {@code kafka_consumer_fetch_manager_records_lag_max}. Las decisiones cuentan además en
 * {@code decisiones_seconds{dominio,resultado}}, como las de HTTP. Un lote que se vuelve a leer tras un fallo
 * (una transacción abortada, un broker caído) cuenta otra vez sus eventos.
 */
final class MetricasKafka {

	static final String SOLICITUD_INVALIDA = "solicitud-invalida";

	static final String TIPO_NO_SOPORTADO = "tipo-no-soportado";

	static final String ERROR_INTERNO = "error-interno";

	private final MeterRegistry registro;

	private final Map<String, Counter> decididos = new ConcurrentHashMap<>();

	private final Map<String, Counter> errores = new ConcurrentHashMap<>();

	/** Los contadores de cada dominio existen desde el arranque, en cero: {@code rate()} y las alertas los ven. */
	MetricasKafka(MeterRegistry registro, Collection<String> dominios) {
		this.registro = registro;
		dominios.forEach(dominio -> {
			decidido(dominio, 0);
			error(dominio, SOLICITUD_INVALIDA, 0);
		});
	}

	void decidido(String dominio, int eventos) {
		decididos.computeIfAbsent(dominio, clave -> Counter.builder("decisiones.kafka.decididos")
			.description("Decisiones producidas en Kafka, por dominio")
			.tag("dominio", dominio)
			.register(registro)).increment(eventos);
	}

	void error(String dominio, String problema, int eventos) {
		errores.computeIfAbsent(dominio + '/' + problema, clave -> Counter.builder("decisiones.kafka.errores")
			.description("Solicitudes de Kafka enviadas a la cola de errores, por dominio y tipo de problema")
			.tag("dominio", dominio)
			.tag("problema", problema)
			.register(registro)).increment(eventos);
	}

}
