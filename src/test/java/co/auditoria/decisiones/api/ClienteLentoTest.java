package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Un cliente que manda el cuerpo a un byte por segundo no retiene un hilo del servidor para siempre: el tiempo
 * de Tomcat entre lecturas nunca vence si cada lectura trae algo; el del cuerpo entero sí, y responde 408.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN", "decisiones.cuerpo.tiempo-maximo=2s" })
class ClienteLentoTest {

	@LocalServerPort
	int puerto;

	@Test
	void unCuerpoQueLlegaAUnBytePorIntervaloSeCortaCon408() throws Exception {
		String cuerpo = "{\"casos\": [" + " ".repeat(200) + "]}";
		long inicio = System.nanoTime();
		try (Socket socket = new Socket("localhost", puerto)) {
			socket.setSoTimeout((int) Duration.ofSeconds(20).toMillis());
			OutputStream salida = socket.getOutputStream();
			salida.write(("POST /api/v1/invalidez/decide/lote HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + cuerpo.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			salida.flush();
			InputStream entrada = socket.getInputStream();
			for (byte b : cuerpo.getBytes(StandardCharsets.US_ASCII)) {
				if (entrada.available() > 0) {
					break;
				}
				try {
					salida.write(b);
					salida.flush();
				}
				catch (IOException cerrada) {
					break;
				}
				Thread.sleep(250);
			}
			String respuesta = new String(entrada.readNBytes(2048), StandardCharsets.UTF_8);
			assertThat(respuesta).startsWith("HTTP/1.1 408").contains("application/problem+json")
				.contains("urn:decisiones:problema:cuerpo-demasiado-lento");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - inicio)).as("se cortó al pasar el tiempo máximo, no al terminar")
			.isLessThan(Duration.ofSeconds(30));
	}

}
