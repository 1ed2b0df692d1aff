package co.auditoria.decisiones.versiones;

import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.auditoria.decisiones.api.ProblemaHttp;
import co.auditoria.decisiones.engine.CompiladorReglas;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Activa otros archivos para unos dominios (revertir a una versión archivada, publicar una candidata) pasando por el
 * directorio de reglas: se escriben ahí y se recarga ({@link MotorReglas#activar}). El servicio carga del directorio
 * al arrancar y el vigilante lo compara con lo activo: si solo se cambiaran las reglas en memoria, un reinicio o el
 * siguiente sondeo del vigilante deshacerían la reversión. Así el directorio siempre dice qué está activo.
 */
@Component
public class ActivacionEnDirectorio {

	private final MotorReglas motor;

	ActivacionEnDirectorio(MotorReglas motor) {
		this.motor = motor;
	}

	/**
	 * @param archivos los archivos de todos los dominios del conjunto que queda activo
	 * @param dominios los dominios cuyos archivos cambian; los demás deben estar en el directorio como están activos
	 * @throws ProblemaHttp 409 si otro dominio tiene en el directorio cambios sin activar, o si no se puede escribir
	 */
	public ConjuntoReglas activar(String quien, Collection<String> dominios, Map<String, String> archivos) {
		ConjuntoReglas activo = motor.activoOFalla();
		List<String> sinActivar = cambiadosEnDisco(activo, dominios);
		if (!sinActivar.isEmpty()) {
			throw new ProblemaHttp(HttpStatus.CONFLICT, "cambios-sin-activar", "Cambios sin activar en el directorio",
					"El directorio de reglas tiene cambios que no están activos en " + sinActivar + ": actívelos con "
							+ "POST /api/v1/reglas/recargar o descártelos antes, para no activarlos sin querer");
		}
		try {
			return motor.activar(quien, dominios, archivos);
		}
		catch (UncheckedIOException ex) {
			throw new ProblemaHttp(HttpStatus.CONFLICT, "directorio-no-escribible", "El directorio de reglas no se puede escribir",
					"No se pudieron escribir las reglas en el directorio (" + ex.getCause().getMessage() + "). Si las reglas "
							+ "llegan por un ConfigMap o un volumen de solo lectura, cámbielas en su origen");
		}
	}

	private List<String> cambiadosEnDisco(ConjuntoReglas activo, Collection<String> dominios) {
		Map<String, String> enDisco = motor.archivosDe(motor.directorio());
		return activo.dominios().values().stream()
			.filter(reglas -> !dominios.contains(reglas.dominio()))
			.filter(reglas -> !CompiladorReglas.version(delDominio(enDisco, reglas)).equals(reglas.version()))
			.map(ReglasDeDominio::dominio)
			.toList();
	}

	private static Map<String, String> delDominio(Map<String, String> archivos, ReglasDeDominio reglas) {
		Map<String, String> propios = new TreeMap<>();
		archivos.forEach((ruta, contenido) -> {
			if (ruta.startsWith(reglas.dominio() + "/")) {
				propios.put(ruta, contenido);
			}
		});
		return propios;
	}

}
