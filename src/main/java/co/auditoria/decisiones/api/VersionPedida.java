package co.auditoria.decisiones.api;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * La {@code versionReglas} que pide una decisión para reproducir una pasada ({@code decide?versionReglas=...}): va
 * en la consulta y no en el cuerpo, porque el cuerpo es la solicitud estricta del dominio (un campo que el dominio no
 * define es un 400) y la versión no es un dato del caso sino de cómo decidirlo.
 */
@Component
class VersionPedida {

	private static final Pattern VERSION = Pattern.compile("[0-9a-f]{12}");

	/** Las versiones archivadas; sin archivo (una prueba sin él) no hay reproducción. */
	private final ObjectProvider<ReglasArchivadas> archivadas;

	VersionPedida(ObjectProvider<ReglasArchivadas> archivadas) {
		this.archivadas = archivadas;
	}

	/**
	 * Las reglas de esa versión archivada del dominio, o {@code null} (las activas) si no se pidió ninguna.
	 * @throws SolicitudInvalidaException 400 si no tiene la forma de una versión
	 * @throws ProblemaHttp 404 si no está archivada
	 */
	ReglasDeDominio reglas(Dominio<?, ?> dominio, String version) {
		if (version == null) {
			return null;
		}
		if (!VERSION.matcher(version).matches()) {
			throw new SolicitudInvalidaException("versionReglas no es una versión de reglas",
					List.of(new ErrorCampo("versionReglas", "debe ser una versionReglas de 12 dígitos hexadecimales")));
		}
		ReglasArchivadas archivo = archivadas.getIfAvailable();
		return (archivo == null ? Optional.<ReglasDeDominio>empty() : archivo.de(dominio.nombre(), version))
			.orElseThrow(() -> new ProblemaHttp(HttpStatus.NOT_FOUND, "version-desconocida", "Versión de reglas desconocida",
					"La versión " + version + " no está archivada para " + dominio.nombre()
							+ "; las archivadas están en GET /api/v1/reglas/versiones"));
	}

}
