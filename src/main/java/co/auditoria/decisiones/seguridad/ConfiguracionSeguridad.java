package co.auditoria.decisiones.seguridad;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Quién puede llamar a qué. Con {@code seguridad.habilitada=false} (el arranque local) todo es público y
 * se avisa a gritos; con el perfil {@code prod} el servicio no arranca sin claves. Salud, info y OpenAPI
 * son siempre públicas (las sondas y los integradores las leen sin credencial), y también los archivos estáticos de la
 * mesa de analistas ({@code /mesa/}, HTML y JS sin datos): la página pide la clave y la envía en cada llamada a la API,
 * que exige las mismas claves y roles que a cualquier cliente. Sin servidor web (los
 * benchmarks en proceso) no hay nada que proteger.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class ConfiguracionSeguridad {

	private static final Logger log = LoggerFactory.getLogger(ConfiguracionSeguridad.class);

	private static final String[] PUBLICAS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error", "/mesa", "/mesa/**" };

	@Bean
	SecurityFilterChain cadenaSeguridad(HttpSecurity http, PropiedadesSeguridad propiedades, Environment entorno,
			ObjectMapper json) throws Exception {
		ClavesApi claves = ClavesApi.de(propiedades.claves());
		boolean produccion = Arrays.asList(entorno.getActiveProfiles()).contains("prod");
		if (produccion && (!propiedades.habilitada() || claves.vacia())) {
			throw new IllegalStateException("El perfil prod exige seguridad.habilitada=true y al menos una clave "
					+ "(seguridad.claves[0].hash y seguridad.claves[0].roles, o SEGURIDAD_CLAVES_0_HASH y SEGURIDAD_CLAVES_0_ROLES)");
		}
		if (propiedades.habilitada() && claves.vacia()) {
			throw new IllegalStateException("seguridad.habilitada=true pero no hay claves en seguridad.claves: nadie podría decidir");
		}
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(sesion -> sesion.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		if (!propiedades.habilitada()) {
			avisarSinSeguridad();
			return http.authorizeHttpRequests(reglas -> reglas.anyRequest().permitAll()).build();
		}
		log.info("Seguridad habilitada: {} clave(s) en la cabecera {}", claves.cantidad(), propiedades.cabecera());
		RespuestasSeguridad respuestas = new RespuestasSeguridad(json, propiedades.cabecera());
		return http.addFilterBefore(new FiltroClaveApi(propiedades.cabecera(), claves), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errores -> errores.authenticationEntryPoint(respuestas).accessDeniedHandler(respuestas))
			.authorizeHttpRequests(reglas -> reglas.requestMatchers(PUBLICAS).permitAll()
				.requestMatchers("/actuator/prometheus").hasRole(Rol.OPERACION.name())
				// Validar, recargar, candidatas, simular, publicar y revertir: una regla es código que el servicio ejecuta.
				.requestMatchers(HttpMethod.POST, "/api/v1/reglas/**")
				.hasRole(Rol.ADMIN_REGLAS.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/*/decide", "/api/v1/*/decide/lote")
				.hasRole(Rol.DECIDIR.name())
				.anyRequest().authenticated())
			.build();
	}

	/**
	 * Sin este bean Spring Boot crea un usuario con contraseña generada y la imprime en el log; aquí no hay
	 * usuarios, solo claves de API.
	 */
	@Bean
	UserDetailsService sinUsuarios() {
		return nombre -> {
			throw new UsernameNotFoundException("Este servicio solo acepta claves de API");
		};
	}

	private static void avisarSinSeguridad() {
		String linea = "*".repeat(100);
		log.warn(linea);
		log.warn("*** SEGURIDAD APAGADA: cualquiera puede decidir y recargar reglas sin credencial.");
		log.warn("*** Solo para desarrollo local. En producción arranque con --spring.profiles.active=prod y claves");
		log.warn("*** (seguridad.claves[i].hash = SHA-256 de la clave, seguridad.claves[i].roles). Ver README, 'Seguridad y límites'.");
		log.warn(linea);
	}

}
