package co.auditoria.decisiones.engine;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuración de las reglas ({@code reglas.*}).
 *
 * @param directorio dónde están los subdirectorios de dominio con sus DRL y CSV
 * @param vigilar si un cambio en el directorio recarga las reglas solo
 * @param esperaVigilancia cuánto esperar a que un editor termine de escribir antes de recargar
 * @param zonaHoraria zona de la fecha "hoy" cuando la solicitud no trae {@code fechaEvaluacion}
 */
@ConfigurationProperties("reglas")
public record PropiedadesReglas(@DefaultValue("./rules") Path directorio, @DefaultValue("true") boolean vigilar,
		@DefaultValue("500ms") Duration esperaVigilancia, @DefaultValue("America/Bogota") String zonaHoraria) {
}
