package co.auditoria.decisiones.api;

import co.auditoria.decisiones.engine.MotorReglas;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.ObjectMapper;

/**
 * Límites de la API que no son de Jackson ni de Tomcat (esos están en {@code application.properties}):
 * el tamaño del cuerpo y la sonda de preparación que exige reglas compiladas.
 */
@Configuration(proxyBeanMethods = false)
class Limites {

	/** Antes que todo: cuenta también lo que cortan los filtros siguientes. */
	@Bean
	FilterRegistrationBean<FiltroRechazos> rechazos(MetricasDecisiones metricas, MotorReglas motor) {
		FilterRegistrationBean<FiltroRechazos> registro = new FilterRegistrationBean<>(new FiltroRechazos(metricas,
				motor.dominios().stream().map(co.auditoria.decisiones.engine.Dominio::nombre).collect(java.util.stream.Collectors.toSet())));
		registro.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registro.addUrlPatterns("/api/*");
		return registro;
	}

	/**
	 * Un cuerpo enorme se rechaza antes de autenticar o leer nada, y uno que llega demasiado lento (un byte por
	 * segundo) se corta a los {@code decisiones.cuerpo.tiempo-maximo}: no retiene un hilo para siempre. El máximo
	 * del cuerpo se deduce del lote: un lote máximo de casos del tamaño máximo tiene que caber.
	 */
	@Bean
	FilterRegistrationBean<LimiteCuerpo> limiteCuerpo(@Value("${decisiones.cuerpo.maximo}") DataSize maximo,
			@Value("${decisiones.caso.maximo}") DataSize casoMaximo, @Value("${decisiones.lote.maximo}") int loteMaximo,
			@Value("${decisiones.cuerpo.tiempo-maximo:60s}") Duration tiempoMaximo, ObjectMapper json) {
		if (maximo.toBytes() < casoMaximo.toBytes() * loteMaximo) {
			throw new IllegalStateException("decisiones.cuerpo.maximo (" + maximo + ") no alcanza para un lote de "
					+ loteMaximo + " casos de decisiones.caso.maximo (" + casoMaximo + "): súbalo al menos a "
					+ DataSize.ofBytes(casoMaximo.toBytes() * loteMaximo).toMegabytes() + "MB o baje uno de los otros dos");
		}
		FilterRegistrationBean<LimiteCuerpo> registro = new FilterRegistrationBean<>(new LimiteCuerpo(maximo, tiempoMaximo, json));
		registro.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registro.addUrlPatterns("/api/*");
		return registro;
	}

	/**
	 * {@code reglas} en {@code /actuator/health/readiness}: el balanceador no envía tráfico hasta que hay un
	 * conjunto de reglas compilado y activo para cada dominio.
	 */
	@Bean
	HealthIndicator reglas(MotorReglas motor) {
		return () -> {
			var activo = motor.activo();
			boolean completas = activo != null && motor.dominios().stream()
				.allMatch(dominio -> activo.dominios().containsKey(dominio.nombre()));
			return (completas ? Health.up() : Health.outOfService())
				.withDetail("versionReglas", activo == null ? "ninguna" : activo.version())
				.build();
		};
	}

}
