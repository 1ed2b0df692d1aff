package co.auditoria.decisiones.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.ObjectMapper;

/** Escribe un problem+json desde un filtro, antes de que haya controlador ni manejador de errores. */
final class ProblemaHttp {

	private ProblemaHttp() {
	}

	static void escribir(ObjectMapper json, HttpServletResponse respuesta, ProblemDetail problema) throws IOException {
		Map<String, Object> cuerpo = new LinkedHashMap<>();
		cuerpo.put("type", String.valueOf(problema.getType()));
		cuerpo.put("title", problema.getTitle());
		cuerpo.put("status", problema.getStatus());
		cuerpo.put("detail", problema.getDetail());
		respuesta.setStatus(problema.getStatus());
		respuesta.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		respuesta.setCharacterEncoding("UTF-8");
		// Cerrar la conexión: el cliente quizá siga enviando un cuerpo que no se va a leer.
		respuesta.setHeader("Connection", "close");
		json.writeValue(respuesta.getOutputStream(), cuerpo);
	}

}
