package co.auditoria.decisiones.kafka;

import static co.auditoria.decisiones.kafka.Espera.hasta;
import static co.auditoria.decisiones.kafka.RegistrosKafka.correlaciones;
import static co.auditoria.decisiones.kafka.RegistrosKafka.solicitud;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * Al menos una vez (sin transacciones, el modo por omisión): una confirmación del broker que falla no pierde nada, y
 * el apagado con un lote en curso lo termina y confirma sus offsets.
 */
class KafkaAlMenosUnaVezTest extends ServicioKafkaAlMenosUnaVez {

	@Autowired
	KafkaTemplate<byte[], byte[]> plantillaDecisiones;

	@Autowired
	ConcurrentMessageListenerContainer<byte[], byte[]> contenedorDecisiones;

	@Test
	void siElBrokerNoConfirmaElLoteSeVuelveALeerYNadaSePierde() throws Exception {
		FallaDeEnvio plantilla = (FallaDeEnvio) plantillaDecisiones;
		plantilla.armar(1_500);
		List<ProducerRecord<byte[], byte[]>> solicitudes = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			solicitudes.add(solicitud(SOLICITUDES, "clave-" + (i % 31), "almenos-" + i, caso));
		}
		kafka.enviar(solicitudes);
		kafka.esperarConfirmado(SOLICITUDES);

		List<String> decididas = correlaciones(kafka.leer(DECISIONES, "read_committed"), "almenos-");
		System.out.printf("Al menos una vez: 3000 solicitudes, %d decisiones (%d distintas, %d repetidas por el reintento)%n",
				decididas.size(), new HashSet<>(decididas).size(), decididas.size() - new HashSet<>(decididas).size());
		assertThat(new HashSet<>(decididas)).hasSize(3_000);
	}

	@Test
	void apagarTerminaElLoteEnCursoYConfirmaSusOffsets() throws Exception {
		long antes = kafka.confirmados(SOLICITUDES);
		List<ProducerRecord<byte[], byte[]>> solicitudes = new ArrayList<>();
		for (int i = 0; i < 6_000; i++) {
			solicitudes.add(solicitud(SOLICITUDES, "apagado-" + (i % 13), "apagado-" + i, caso));
		}
		kafka.enviar(solicitudes);
		try {
			hasta("el servicio confirmó el primer lote", () -> kafka.confirmados(SOLICITUDES) > antes);
			contenedorDecisiones.stop();
			hasta("el consumidor se detuvo", () -> !contenedorDecisiones.isChildRunning());
			// Lo decidido es exactamente lo confirmado: el lote en curso terminó y sus offsets quedaron confirmados.
			long confirmadas = kafka.confirmados(SOLICITUDES) - antes;
			List<String> decididas = correlaciones(kafka.leer(DECISIONES, "read_committed"), "apagado-");
			System.out.printf("Apagado: %d de 6000 decididas y confirmadas al detener el consumidor%n", decididas.size());
			assertThat(decididas).hasSize((int) confirmadas);
		}
		finally {
			contenedorDecisiones.start();
		}
		kafka.esperarConfirmado(SOLICITUDES);
		assertThat(correlaciones(kafka.leer(DECISIONES, "read_committed"), "apagado-")).hasSize(6_000).doesNotHaveDuplicates();
	}

}
