package co.auditoria.decisiones.api;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cuenta cada solicitud de {@code /api/} que termina en 4xx o 5xx, también las que cortan los filtros (cuerpo
 * demasiado grande, sin credencial), por dominio y estado. El dominio es el de la ruta solo si existe: una ruta
 * inventada por un cliente no crea series nuevas.
 */
final class FiltroRechazos extends OncePerRequestFilter {

	private final MetricasDecisiones metricas;

	private final Set<String> dominios;

	FiltroRechazos(MetricasDecisiones metricas, Set<String> dominios) {
		this.metricas = metricas;
		this.dominios = dominios;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest solicitud, HttpServletResponse respuesta, FilterChain cadena)
			throws ServletException, IOException {
		try {
			cadena.doFilter(solicitud, respuesta);
		}
		finally {
			if (respuesta.getStatus() >= 400) {
				metricas.rechazo(dominio(solicitud.getRequestURI()), respuesta.getStatus());
			}
		}
	}

	private String dominio(String ruta) {
		String[] partes = ruta.split("/");
		if (partes.length > 3 && partes[1].equals("api") && partes[2].equals("v1")) {
			return dominios.contains(partes[3]) ? partes[3] : partes[3].equals("reglas") ? "reglas" : "otro";
		}
		return "otro";
	}

}
