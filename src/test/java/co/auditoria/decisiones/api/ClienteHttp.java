package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cliente HTTP mínimo de las pruebas REST: llama al servicio real en su puerto aleatorio. */
public record ClienteHttp(int puerto) {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public Respuesta post(String ruta, String cuerpo) {
		return post(ruta, cuerpo, "application/json");
	}

	public Respuesta post(String ruta, String cuerpo, String tipo) {
		return enviar(HttpRequest.newBuilder(uri(ruta)).header("Content-Type", tipo)
			.POST(HttpRequest.BodyPublishers.ofString(cuerpo)));
	}

	/** Un formulario multipart con campos de texto y archivos, como lo envía {@code curl -F}. */
	public Respuesta multipart(String ruta, Map<String, String> campos, List<Archivo> archivos) {
		String limite = "limite-" + UUID.randomUUID();
		StringBuilder cuerpo = new StringBuilder();
		campos.forEach((nombre, valor) -> cuerpo.append("--").append(limite).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(nombre).append("\"\r\n\r\n").append(valor).append("\r\n"));
		archivos.forEach(archivo -> cuerpo.append("--").append(limite).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(archivo.parte()).append("\"; filename=\"")
			.append(archivo.nombre()).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.append(archivo.contenido()).append("\r\n"));
		cuerpo.append("--").append(limite).append("--\r\n");
		return enviar(HttpRequest.newBuilder(uri(ruta)).header("Content-Type", "multipart/form-data; boundary=" + limite)
			.POST(HttpRequest.BodyPublishers.ofString(cuerpo.toString(), StandardCharsets.UTF_8)));
	}

	/** Un archivo de un formulario multipart: en qué parte va, con qué nombre y qué trae. */
	public record Archivo(String parte, String nombre, String contenido) {
	}

	public Respuesta get(String ruta) {
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

	public record Respuesta(int estado, String tipo, String texto) {

		public JsonNode json() {
			return JSON.readTree(texto);
		}

	}

}
