package co.auditoria.decisiones.kafka;

import java.time.Duration;
import java.time.Instant;

/** Esperas de las pruebas de Kafka: una condición que se consulta hasta que se cumple, con un plazo holgado. */
final class Espera {

	private Espera() {
	}

	/**
	 * Espera a que se cumpla una condición, consultándola cada 50 ms; falla si no se cumple en tres minutos (holgura de
	 * una máquina compartida: lo que se espera tarda segundos).
	 */
	static void hasta(String que, Condicion condicion) throws Exception {
		Instant limite = Instant.now().plus(Duration.ofMinutes(3));
		while (!condicion.cumple()) {
			if (Instant.now().isAfter(limite)) {
				throw new AssertionError("no se cumplió a tiempo: " + que);
			}
			Thread.sleep(50);
		}
	}

	interface Condicion {

		boolean cumple() throws Exception;

	}

}
