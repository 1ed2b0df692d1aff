package co.auditoria.decisiones.api;

import java.util.Optional;

import co.auditoria.decisiones.engine.ReglasDeDominio;

/**
 * Las reglas de un dominio en una versión archivada, para reproducir una decisión pasada con
 * {@code decide?versionReglas=...}. La implementa el archivo de versiones; la API solo la consulta.
 */
public interface ReglasArchivadas {

	/**
	 * Las reglas compiladas de {@code dominio} en {@code version}: la {@code versionReglas} de una decisión (la del
	 * dominio) o la de un conjunto activado; vacío si no está archivada.
	 */
	Optional<ReglasDeDominio> de(String dominio, String version);

}
