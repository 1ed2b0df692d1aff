package co.auditoria.decisiones.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.auditoria.decisiones.DecisionesApplication;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ModeloReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.PropiedadesReglas;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * El servicio real sin HTTP (reglas de {@code ./rules} con MVEL, auditoría apagada), arrancado una vez por JVM y
 * compartido por los benchmarks de la comparación, que corren sin fork ({@code @Fork(0)}): arrancar Spring y compilar
 * los nueve dominios en cada prueba costaba más que medirla en esta máquina compartida. Lo mismo los motores del
 * executable model, uno por dominio, compilados la primera vez que se piden.
 */
final class ServicioCompartido {

	private static ConfigurableApplicationContext contexto;

	private static final Map<String, MotorReglas> EJECUTABLES = new HashMap<>();

	private ServicioCompartido() {
	}

	static synchronized ConfigurableApplicationContext contexto() {
		if (contexto == null) {
			contexto = new SpringApplicationBuilder(DecisionesApplication.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.properties("reglas.vigilar=false", "logging.level.root=WARN", "logging.level.AUDITORIA=OFF")
				.run();
		}
		return contexto;
	}

	static MotorReglas mvel() {
		return contexto().getBean(MotorReglas.class);
	}

	/** El motor con solo ese dominio, compilado con el executable model de los mismos archivos de {@code rules/}. */
	static synchronized MotorReglas ejecutable(String nombre) {
		return EJECUTABLES.computeIfAbsent(nombre, clave -> new MotorReglas(
				contexto().getBean(PropiedadesReglas.class).conModelo(ModeloReglas.EJECUTABLE),
				List.of(dominio(clave)), Optional.empty(), evento -> {
				}));
	}

	static Dominio<?, ?> dominio(String nombre) {
		return mvel().dominio(nombre).orElseThrow();
	}

	static synchronized void cerrar() {
		if (contexto != null) {
			contexto.close();
			contexto = null;
		}
	}

}
