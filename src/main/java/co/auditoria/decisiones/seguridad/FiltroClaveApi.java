package co.auditoria.decisiones.seguridad;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Autentica por la cabecera de la clave. Sin cabecera o con una clave desconocida la solicitud sigue
 * anónima: las rutas públicas responden igual y las protegidas dan 401 en {@link RespuestasSeguridad}.
 * La clave nunca se registra; se registra el nombre configurado de quien la usa.
 */
final class FiltroClaveApi extends OncePerRequestFilter {

	/** Atributo de la solicitud que distingue "sin clave" de "clave desconocida" en el 401. */
	static final String CLAVE_DESCONOCIDA = FiltroClaveApi.class.getName() + ".desconocida";

	private static final Logger log = LoggerFactory.getLogger(FiltroClaveApi.class);

	private final String cabecera;

	private final ClavesApi claves;

	FiltroClaveApi(String cabecera, ClavesApi claves) {
		this.cabecera = cabecera;
		this.claves = claves;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest solicitud, HttpServletResponse respuesta, FilterChain cadena)
			throws ServletException, IOException {
		String clave = solicitud.getHeader(cabecera);
		if (clave != null && !clave.isBlank()) {
			claves.reconocer(clave.trim()).ifPresentOrElse(registrada -> {
				List<SimpleGrantedAuthority> roles = registrada.roles().stream()
					.map(rol -> new SimpleGrantedAuthority("ROLE_" + rol.name()))
					.toList();
				SecurityContextHolder.getContext()
					.setAuthentication(new PreAuthenticatedAuthenticationToken(registrada.nombre(), null, roles));
			}, () -> {
				solicitud.setAttribute(CLAVE_DESCONOCIDA, true);
				// Sin la ruta: la parte del dominio es texto libre del cliente.
				log.warn("Clave de API desconocida desde {}", solicitud.getRemoteAddr());
			});
		}
		cadena.doFilter(solicitud, respuesta);
	}

}
