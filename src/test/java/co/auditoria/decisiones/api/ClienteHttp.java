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
public record ClienteHttp(int puerto) {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
		HttpResponse<String> respuesta = texto(pedido);
		return new Respuesta(respuesta.statusCode(), respuesta.headers().firstValue("Content-Type").orElse(""),
				respuesta.body());
	}

	/** Envía y devuelve la respuesta como texto, para pruebas que arman su propia petición (cabeceras, bytes). */
	public static HttpResponse<String> texto(HttpRequest.Builder pedido) {
		try {
			return HTTP.send(pedido.build(), HttpResponse.BodyHandlers.ofString());
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
