package co.auditoria.decisiones.seguridad;

import java.io.IOException;

import co.auditoria.decisiones.api.Problemas;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * 401 y 403 como {@code application/problem+json}, igual que el resto de errores de la API: los rechaza
 * Spring Security antes de llegar a los controladores, así que no pasan por el manejador de errores.
 */
final class RespuestasSeguridad implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	private final String cabecera;

	RespuestasSeguridad(ObjectMapper json, String cabecera) {
		this.json = json;
		this.cabecera = cabecera;
	}

	@Override
	public void commence(HttpServletRequest solicitud, HttpServletResponse respuesta, AuthenticationException ex)
			throws IOException {
		boolean desconocida = solicitud.getAttribute(FiltroClaveApi.CLAVE_DESCONOCIDA) != null;
		respuesta.setHeader("WWW-Authenticate", "ApiKey header=\"" + cabecera + "\"");
		escribir(respuesta, HttpStatus.UNAUTHORIZED, desconocida ? "credencial-desconocida" : "credencial-ausente",
				desconocida ? "Credencial desconocida" : "Falta la credencial",
				desconocida ? "La clave de la cabecera " + cabecera + " no corresponde a ninguna configurada"
						: "Envíe su clave de API en la cabecera " + cabecera,
				solicitud);
	}

	@Override
	public void handle(HttpServletRequest solicitud, HttpServletResponse respuesta, AccessDeniedException ex)
			throws IOException {
		escribir(respuesta, HttpStatus.FORBIDDEN, "sin-permiso", "Sin permiso",
				"La credencial no tiene el rol que exige " + solicitud.getMethod() + " " + solicitud.getRequestURI(),
				solicitud);
	}

	private void escribir(HttpServletResponse respuesta, HttpStatus estado, String tipo, String titulo, String detalle,
			HttpServletRequest solicitud) throws IOException {
		Problemas.escribir(json, solicitud, respuesta, Problemas.problema(estado, tipo, titulo, detalle));
	}

}
