package co.auditoria.decisiones.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/** Los eventos de las pruebas de Kafka: solicitudes como CloudEvents binarios, sus cabeceras y los ejemplos de cada dominio. */
final class RegistrosKafka {

	private RegistrosKafka() {
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

}
