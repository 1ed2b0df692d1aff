package co.auditoria.decisiones.engine;

import java.time.Instant;
import java.util.Map;

/** El conjunto de reglas activo de todos los dominios; se reemplaza entero o no se reemplaza. */
public record ConjuntoReglas(String version, Map<String, ReglasDeDominio> dominios, Instant cargadoEn,
		long milisegundosCompilacion) {

	public ReglasDeDominio dominio(String nombre) {
		return dominios.get(nombre);
	}

}
