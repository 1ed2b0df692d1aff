package co.auditoria.decisiones.engine;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuración de las reglas ({@code reglas.*}).
 *
 * @param directorio dónde están los subdirectorios de dominio con sus DRL, tablas y CSV
 * @param vigilar si un cambio en el directorio recarga las reglas solo
 * @param esperaVigilancia cuánto esperar a que un editor termine de escribir antes de recargar
 * @param sondeoVigilancia cada cuánto se compara, además, la huella del directorio con la activa (un
 *        ConfigMap o un enlace simbólico que cambia de destino no avisan con eventos de archivos)
 * @param zonaHoraria zona de la fecha "hoy" cuando la solicitud no trae {@code fechaEvaluacion}
 * @param exigirAlArrancar si unas reglas que no compilan impiden arrancar; si no, el servicio arranca sin
 *        reglas, fuera de servicio (readiness {@code OUT_OF_SERVICE}, decide 503) hasta que compilen
 * @param modelo cómo compila Drools los mismos archivos: {@code mvel} o {@code ejecutable} ({@link ModeloReglas})
 */
@ConfigurationProperties("reglas")
public record PropiedadesReglas(@DefaultValue("./rules") Path directorio, @DefaultValue("true") boolean vigilar,
		@DefaultValue("500ms") Duration esperaVigilancia, @DefaultValue("5s") Duration sondeoVigilancia,
		@DefaultValue("America/Bogota") String zonaHoraria, @DefaultValue("true") boolean exigirAlArrancar,
		@DefaultValue("mvel") ModeloReglas modelo) {

	/** Las de por omisión sobre otro directorio, sin vigilancia (pruebas, validación sin servidor). */
	public static PropiedadesReglas de(Path directorio) {
		return new PropiedadesReglas(directorio, false, Duration.ofMillis(500), Duration.ofSeconds(5), "America/Bogota", true, ModeloReglas.MVEL);
	}

	/** Las mismas con otro modelo de compilación (benchmarks que comparan los dos). */
	public PropiedadesReglas conModelo(ModeloReglas otro) {
		return new PropiedadesReglas(directorio, vigilar, esperaVigilancia, sondeoVigilancia, zonaHoraria, exigirAlArrancar, otro);
	}

}
