package co.auditoria.decisiones.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Un evento de {@code examples/kafka/}: tópico, clave, cabeceras (su texto UTF-8, en el orden en que viajan) y valor
 * (el cuerpo, que es JSON), tal como están en Kafka.
 */
record EventoDeEjemplo(String topico, String clave, Map<String, String> cabeceras, JsonNode valor) {

	static final Path CARPETA = Path.of("examples", "kafka", "invalidez");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static EventoDeEjemplo leer(String archivo) {
		return JSON.readValue(CARPETA.resolve(archivo).toFile(), EventoDeEjemplo.class);
	}

	static EventoDeEjemplo de(ConsumerRecord<byte[], byte[]> registro) {
		Map<String, String> cabeceras = new LinkedHashMap<>();
		for (Header cabecera : registro.headers()) {
			cabeceras.put(cabecera.key(), new String(cabecera.value(), StandardCharsets.UTF_8));
		}
		return new EventoDeEjemplo(registro.topic(), RegistrosKafka.texto(registro.key()), cabeceras, JSON.readTree(registro.value()));
	}

	ProducerRecord<byte[], byte[]> registro() {
		ProducerRecord<byte[], byte[]> registro = new ProducerRecord<>(topico, RegistrosKafka.bytes(clave), JSON.writeValueAsBytes(valor));
		cabeceras.forEach((nombre, texto) -> registro.headers().add(nombre, RegistrosKafka.bytes(texto)));
		return registro;
	}

	/** Para regenerar los ejemplos después de cambiar el contrato o las reglas ({@code -Dejemplos.kafka.escribir=true}). */
	void escribir(String archivo) {
		JSON.writerWithDefaultPrettyPrinter().writeValue(CARPETA.resolve(archivo).toFile(), this);
	}

	/** El mismo evento sin lo que cambia en cada decisión: el valor de esas cabeceras y esos campos del valor. */
	EventoDeEjemplo sinVariables(Collection<String> cabecerasVariables, Collection<String> camposVariables) {
		Map<String, String> fijas = new LinkedHashMap<>(cabeceras);
		cabecerasVariables.forEach(nombre -> fijas.computeIfPresent(nombre, (clave, valor) -> "(variable)"));
		JsonNode fijo = valor.deepCopy();
		if (fijo instanceof ObjectNode objeto) {
			objeto.remove(camposVariables);
		}
		return new EventoDeEjemplo(topico, clave, fijas, fijo);
	}

}
