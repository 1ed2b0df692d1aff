package co.auditoria.decisiones;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * El servicio sin servidor web ni vigilante y con los logs callados, para los comandos de analistas
 * ({@link ValidarReglas}, {@link SimularReglas}): solo se oye lo que el comando imprime y los errores.
 */
final class SinServidor {

	private SinServidor() {
	}

	static ConfigurableApplicationContext arrancar(String[] args) {
		return new SpringApplicationBuilder(DecisionesApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("reglas.vigilar=false", "logging.level.root=WARN", "logging.level.AUDITORIA=OFF",
					"logging.level.org.springframework.boot.SpringApplication=OFF",
					"logging.level.org.springframework.boot.diagnostics=OFF", "logging.level.org.drools=ERROR",
					"logging.level.co.auditoria.decisiones.engine=OFF",
					"logging.level.co.auditoria.decisiones.api.RegistroAuditoria=ERROR")
			.run(args);
	}

}
