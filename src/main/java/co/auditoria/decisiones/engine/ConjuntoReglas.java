package co.auditoria.decisiones.engine;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** El conjunto de reglas activo de todos los dominios; se reemplaza entero o no se reemplaza. */
public record ConjuntoReglas(String version, Map<String, ReglasDeDominio> dominios, Instant cargadoEn,
		long milisegundosCompilacion) {

	public ReglasDeDominio dominio(String nombre) {
		return dominios.get(nombre);
	}

	/** Todos los archivos de todos los dominios, por su ruta relativa {@code <dominio>/<archivo>}. */
	public Map<String, String> archivos() {
		Map<String, String> archivos = new TreeMap<>();
		dominios.values().forEach(reglas -> archivos.putAll(reglas.fuentes()));
		return archivos;
	}

}
