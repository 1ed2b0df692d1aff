package co.auditoria.decisiones.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Evento: un conjunto de reglas quedó activo. Dice quién lo activó (el nombre del sistema cliente de la clave que
 * llamó a recargar, {@code vigilante} si fue el vigilante del directorio, {@code arranque} al arrancar), la versión
 * de antes y la de ahora, por dominio, y qué archivos cambiaron. Lo escuchan la auditoría y las métricas.
 *
 * @param versionAnterior {@code null} al arrancar
 * @param archivosCambiados rutas relativas ({@code invalidez/x.drl}) añadidas, quitadas o cambiadas
 */
public record ReglasActivadas(String quien, String versionAnterior, String versionNueva,
		Map<String, String> versionesPorDominio, List<String> archivosCambiados, Instant cuando) {
}
