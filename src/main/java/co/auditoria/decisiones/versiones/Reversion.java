package co.auditoria.decisiones.versiones;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.auditoria.decisiones.api.ProblemaHttp;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Vuelve a una versión archivada: la de un conjunto activado (todos sus dominios) o la de un dominio (solo ese). Los
 * archivos archivados se escriben en el directorio de reglas y se recarga ({@link ActivacionEnDirectorio}): es una
 * activación como cualquier otra, auditada y contada, y la decisiones en curso terminan con las reglas con que
 * empezaron.
 */
@Component
@ConditionalOnWebApplication
class Reversion {

	private final ArchivoVersiones archivo;

	private final MotorReglas motor;

	private final ActivacionEnDirectorio activacion;

	Reversion(ArchivoVersiones archivo, MotorReglas motor, ActivacionEnDirectorio activacion) {
		this.archivo = archivo;
		this.motor = motor;
		this.activacion = activacion;
	}

	ConjuntoReglas revertir(String version, String quien) {
		ConjuntoReglas activo = motor.activoOFalla();
		Map<String, String> destino = archivo.resolver(version).orElseThrow(() -> desconocida(version));
		Map<String, String> archivos = new TreeMap<>(activo.archivos());
		List<String> dominios = new ArrayList<>();
		destino.forEach((dominio, versionDominio) -> {
			if (activo.dominio(dominio) == null || activo.dominio(dominio).version().equals(versionDominio)) {
				return;
			}
			archivos.keySet().removeIf(ruta -> ruta.startsWith(dominio + "/"));
			archivos.putAll(archivo.archivos(dominio, versionDominio).orElseThrow(() -> desconocida(versionDominio)));
			dominios.add(dominio);
		});
		if (dominios.isEmpty()) {
			return activo;
		}
		return activacion.activar(quien, dominios, archivos);
	}

	static ProblemaHttp desconocida(String version) {
		return new ProblemaHttp(HttpStatus.NOT_FOUND, "version-desconocida", "Versión de reglas desconocida",
				"La versión " + version + " no está archivada; las archivadas están en GET /api/v1/reglas/versiones");
	}

}
