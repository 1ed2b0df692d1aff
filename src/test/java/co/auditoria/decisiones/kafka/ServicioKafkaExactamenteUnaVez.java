package co.auditoria.decisiones.kafka;

import java.nio.file.Path;

import co.auditoria.decisiones.api.ReglasTemporales;
import co.auditoria.decisiones.engine.MotorReglas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * El servicio con las decisiones por Kafka en transacciones (exactamente una vez) contra el broker KRaft embebido,
 * con una copia de las reglas que las pruebas pueden cambiar. Las pruebas que la extienden comparten el contexto y
 * el broker; cada una marca sus eventos con un prefijo propio de correlación.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "decisiones.kafka.habilitado=true", "decisiones.kafka.exactamente-una-vez=true",
				"decisiones.kafka.topicos.crear=true", "decisiones.kafka.topicos.particiones=4",
				"decisiones.kafka.topicos.replicas=1", "reglas.vigilar=false", "logging.level.AUDITORIA=WARN",
				"logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.state.change.logger=WARN" })
@Import(FallaDeEnvio.Configuracion.class)
@EmbeddedKafka(brokerProperties = { "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1" })
abstract class ServicioKafkaExactamenteUnaVez {

	static final Path REGLAS = ReglasTemporales.copiar();

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	MotorReglas motor;

	@Autowired
	PropiedadesKafka propiedades;

	KafkaDePrueba kafka;

	@DynamicPropertySource
	static void directorio(DynamicPropertyRegistry registro) {
		registro.add("reglas.directorio", REGLAS::toString);
	}

	@BeforeEach
	void conectar() throws Exception {
		kafka = new KafkaDePrueba(broker.getBrokersAsString());
	}

	@AfterEach
	void desconectar() {
		kafka.close();
	}

	PropiedadesKafka.Topicos topicos() {
		return propiedades.topicos();
	}

}
