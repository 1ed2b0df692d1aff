package co.auditoria.decisiones.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * El servicio con las decisiones por Kafka en el modo por omisión (al menos una vez, sin transacciones) contra el
 * broker KRaft embebido. Las pruebas que la extienden comparten el contexto y el broker (la misma configuración): cada
 * una marca sus eventos con un prefijo propio de correlación y mide las métricas por diferencia.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "decisiones.kafka.habilitado=true", "decisiones.kafka.topicos.crear=true",
				"decisiones.kafka.topicos.particiones=4", "decisiones.kafka.topicos.replicas=1", "reglas.vigilar=false",
				"logging.level.AUDITORIA=WARN", "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
				"logging.level.state.change.logger=WARN" })
@Import(FallaDeEnvio.Configuracion.class)
@EmbeddedKafka
abstract class ServicioKafkaAlMenosUnaVez {

	static final String SOLICITUDES = "decisiones.invalidez.solicitudes";

	static final String DECISIONES = "decisiones.invalidez.decisiones";

	static final String ERRORES = "decisiones.invalidez.errores";

	@Autowired
	EmbeddedKafkaBroker broker;

	KafkaDePrueba kafka;

	/** Una solicitud válida de {@code invalidez}. */
	String caso;

	@BeforeEach
	void conectar() throws Exception {
		kafka = new KafkaDePrueba(broker.getBrokersAsString());
		caso = Files.readString(Path.of("examples", "invalidez", "posible-invalidez--uci.json"));
	}

	@AfterEach
	void desconectar() {
		kafka.close();
	}

}
