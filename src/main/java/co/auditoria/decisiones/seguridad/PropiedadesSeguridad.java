package co.auditoria.decisiones.seguridad;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuración de credenciales ({@code seguridad.*}). Las claves nunca se configuran en claro: solo su
 * SHA-256 en hexadecimal, para que un archivo de configuración o una variable de entorno filtrados no
 * den acceso.
 *
 * @param habilitada si se exigen claves; apagada por omisión para el arranque local
 * @param cabecera cabecera HTTP que trae la clave
 * @param claves una entrada por sistema cliente o persona, con sus roles
 */
@ConfigurationProperties("seguridad")
record PropiedadesSeguridad(@DefaultValue("false") boolean habilitada, @DefaultValue("X-API-Key") String cabecera,
		@DefaultValue List<Clave> claves) {

	/**
	 * @param nombre quién usa la clave; aparece en los logs en lugar de la clave
	 * @param hash SHA-256 de la clave en hexadecimal (64 caracteres)
	 * @param roles {@code DECIDIR}, {@code ADMIN_REGLAS}, {@code OPERACION}
	 */
	record Clave(String nombre, String hash, @DefaultValue Set<String> roles) {
	}

}
