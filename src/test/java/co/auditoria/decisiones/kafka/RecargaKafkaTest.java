package co.auditoria.decisiones.kafka;

import static co.auditoria.decisiones.kafka.Espera.hasta;
import static co.auditoria.decisiones.kafka.RegistrosKafka.cabecera;
import static co.auditoria.decisiones.kafka.RegistrosKafka.correlaciones;
import static co.auditoria.decisiones.kafka.RegistrosKafka.solicitud;
import static co.auditoria.decisiones.kafka.RegistrosKafka.texto;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Una recarga de reglas en medio del flujo de Kafka: cada evento se decide con una sola versión, la de antes o la de
 * después, y una clave nunca vuelve a la de antes.
 */
class RecargaKafkaTest extends ServicioKafkaExactamenteUnaVez {

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
			hasta("el servicio decidió las primeras 200", () -> kafka.confirmados(topico) > antes + 200);
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

}
