package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cliente HTTP mínimo de las pruebas REST: llama al servicio real en su puerto aleatorio. */
record ClienteHttp(int puerto) {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Respuesta post(String ruta, String cuerpo) {
		return post(ruta, cuerpo, "application/json");
	}

	Respuesta post(String ruta, String cuerpo, String tipo) {
		return enviar(HttpRequest.newBuilder(uri(ruta)).header("Content-Type", tipo)
			.POST(HttpRequest.BodyPublishers.ofString(cuerpo)));
	}

	Respuesta get(String ruta) {
		return enviar(HttpRequest.newBuilder(uri(ruta)).GET());
	}

	private URI uri(String ruta) {
		return URI.create("http://localhost:" + puerto + ruta);
	}

	private static Respuesta enviar(HttpRequest.Builder pedido) {
		try {
			HttpResponse<String> respuesta = HTTP.send(pedido.build(), HttpResponse.BodyHandlers.ofString());
			return new Respuesta(respuesta.statusCode(), respuesta.headers().firstValue("Content-Type").orElse(""),
					respuesta.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Respuesta(int estado, String tipo, String texto) {

		JsonNode json() {
			return JSON.readTree(texto);
		}

	}

}
