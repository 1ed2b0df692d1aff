package co.auditoria.decisiones.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuración de las decisiones por Kafka ({@code decisiones.kafka.*}). La conexión con el clúster (servidores,
 * TLS, SASL, {@code max.poll.records}...) es la de Spring Boot, {@code spring.kafka.*}.
 *
 * @param habilitado si el servicio consume solicitudes de Kafka; apagado, no se conecta a ningún broker
 * @param exactamenteUnaVez si cada lote leído se decide dentro de una transacción de Kafka que confirma a la vez las
 *        decisiones producidas y los offsets leídos; si no, al menos una vez (los offsets se confirman después de
 *        que el broker confirmó cada decisión)
 * @param prefijoTransacciones prefijo del {@code transactional.id} de los productores; debe ser único por réplica
 *        y estable entre reinicios de la misma réplica (el nombre del pod), para que la que vuelve aborte la
 *        transacción que dejó abierta la anterior
 * @param grupo el grupo de consumidores: las réplicas del mismo grupo se reparten las particiones
 * @param hilos consumidores por réplica (cada uno con sus particiones)
 * @param cliente el nombre con el que las decisiones de Kafka quedan en la auditoría ({@code cliente})
 * @param topicos los nombres de los tópicos de cada dominio y si el servicio los crea
 */
@ConfigurationProperties("decisiones.kafka")
public record PropiedadesKafka(@DefaultValue("false") boolean habilitado, @DefaultValue("false") boolean exactamenteUnaVez,
		@DefaultValue("decisiones-") String prefijoTransacciones, @DefaultValue("decisiones") String grupo,
		@DefaultValue("1") int hilos, @DefaultValue("kafka") String cliente, @DefaultValue Topicos topicos) {

	/**
	 * Los tópicos de un dominio son {@code prefijo + dominio + sufijo}: con los valores por omisión,
	 * {@code decisiones.invalidez.solicitudes}, {@code decisiones.invalidez.decisiones} y
	 * {@code decisiones.invalidez.errores} (la cola de mensajes muertos: solicitudes inválidas con su problema).
	 *
	 * @param crear si el servicio crea al arrancar los tópicos que falten, con {@code particiones} y {@code replicas}
	 */
	public record Topicos(@DefaultValue("decisiones.") String prefijo, @DefaultValue(".solicitudes") String solicitudes,
			@DefaultValue(".decisiones") String decisiones, @DefaultValue(".errores") String errores,
			@DefaultValue("false") boolean crear, @DefaultValue("6") int particiones, @DefaultValue("3") short replicas) {

		public String solicitudesDe(String dominio) {
			return prefijo + dominio + solicitudes;
		}

		public String decisionesDe(String dominio) {
			return prefijo + dominio + decisiones;
		}

		public String erroresDe(String dominio) {
			return prefijo + dominio + errores;
		}

	}

}
