package co.auditoria.decisiones.versiones;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Una activación archivada: qué conjunto quedó activo ({@code versionReglas} y la de cada dominio), cuándo, quién lo
 * activó (el nombre del sistema cliente de la clave, {@code vigilante} o {@code arranque}), desde qué versión y qué
 * archivos cambiaron.
 */
public record Activacion(String versionReglas, Map<String, String> versionesPorDominio, String quien, Instant cuando,
		String versionAnterior, List<String> archivosCambiados) {
}
