package co.auditoria.decisiones.api;

import co.auditoria.decisiones.engine.MotorReglas;
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

	/** Primero de todo: un cuerpo enorme se rechaza antes de autenticar o leer nada. */
	@Bean
	FilterRegistrationBean<LimiteCuerpo> limiteCuerpo(@Value("${decisiones.cuerpo.maximo:16MB}") DataSize maximo,
			ObjectMapper json) {
		FilterRegistrationBean<LimiteCuerpo> registro = new FilterRegistrationBean<>(new LimiteCuerpo(maximo, json));
		registro.setOrder(Ordered.HIGHEST_PRECEDENCE);
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
