package co.auditoria.decisiones.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.ErrorRegla;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.ObjectMapper;

/** Los problem+json (RFC 9457) del servicio, con un {@code type} estable por situación. */
public final class Problemas {

	private Problemas() {
	}

	public static ProblemDetail solicitudInvalida(String detalle, List<ErrorCampo> errores) {
		ProblemDetail problema = problema(HttpStatus.BAD_REQUEST, "solicitud-invalida", "Solicitud inválida", detalle);
		if (!errores.isEmpty()) {
			problema.setProperty("errores", errores);
		}
		return problema;
	}

	static ProblemDetail reglasInvalidas(List<ErrorRegla> errores) {
		ProblemDetail problema = problema(HttpStatus.UNPROCESSABLE_CONTENT, "reglas-invalidas", "Las reglas no compilan",
				errores.size() + " error(es); las reglas activas no cambiaron");
		problema.setProperty("errores", errores);
		return problema;
	}

	public static ProblemDetail problema(HttpStatus estado, String tipo, String titulo, String detalle) {
		ProblemDetail problema = ProblemDetail.forStatusAndDetail(estado, detalle);
		problema.setType(URI.create("urn:decisiones:problema:" + tipo));
		problema.setTitle(titulo);
		return problema;
	}

	/**
	 * Escribe un problema desde un filtro (límite del cuerpo, seguridad), antes de que haya controlador ni
	 * manejador de errores, con los mismos campos que los demás.
	 */
	public static void escribir(ObjectMapper json, HttpServletRequest solicitud, HttpServletResponse respuesta,
			ProblemDetail problema) throws IOException {
		Map<String, Object> cuerpo = new LinkedHashMap<>();
		cuerpo.put("type", String.valueOf(problema.getType()));
		cuerpo.put("title", problema.getTitle());
		cuerpo.put("status", problema.getStatus());
		cuerpo.put("detail", problema.getDetail());
		cuerpo.put("instance", solicitud.getRequestURI());
		respuesta.setStatus(problema.getStatus());
		respuesta.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		respuesta.setCharacterEncoding("UTF-8");
		json.writeValue(respuesta.getOutputStream(), cuerpo);
	}

}
