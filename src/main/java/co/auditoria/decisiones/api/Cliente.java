package co.auditoria.decisiones.api;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Quién llama: el nombre configurado del sistema cliente de la clave de API ({@code seguridad.claves[i].nombre}),
 * nunca la clave. Va en la auditoría de cada decisión y de cada activación de reglas.
 */
public final class Cliente {

	/** Sin seguridad (arranque local) o una ruta pública: no hay clave que nombrar. */
	static final String SIN_CLAVE = "sin-clave";

	private Cliente() {
	}

	public static String actual() {
		Authentication autenticacion = SecurityContextHolder.getContext().getAuthentication();
		if (autenticacion == null || autenticacion instanceof AnonymousAuthenticationToken || !autenticacion.isAuthenticated()) {
			return SIN_CLAVE;
		}
		return autenticacion.getName();
	}

}
