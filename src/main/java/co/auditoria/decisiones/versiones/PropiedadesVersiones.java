package co.auditoria.decisiones.versiones;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * El archivo de versiones de reglas ({@code versiones.*}).
 *
 * @param directorio dónde se guardan las versiones activadas; fuera de {@code reglas.directorio}, en un disco que
 *        sobreviva a los reinicios (un volumen, no {@code /tmp})
 * @param maximo cuántas activaciones se guardan; una versión de dominio que ninguna de ellas usa se borra
 * @param compiladasEnMemoria cuántas versiones archivadas de dominio se tienen compiladas para reproducir decisiones
 */
@ConfigurationProperties("versiones")
public record PropiedadesVersiones(@DefaultValue("./versiones-reglas") Path directorio, @DefaultValue("50") int maximo,
		@DefaultValue("4") int compiladasEnMemoria) {
}
