package co.auditoria.decisiones.seguridad;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Ley 1581 de 2012: en DEBUG y TRACE, Spring MVC registra el cuerpo leído ("Read ... to [{...}]") y los
 * errores de lectura con el texto que falló, Spring Security y Tomcat la ruta y las cabeceras, y Drools
 * los hechos. Con este filtro (declarado en {@code logback-spring.xml}) esos loggers no pasan de INFO
 * aunque alguien suba el nivel, porque subirlo en producción volcaría nombres y documentos. La prueba
 * {@code SinDatosPersonalesEnLogsTest} corre con el logger raíz en DEBUG para comprobarlo.
 * <p>
 * Es pública porque Logback la instancia por reflexión.
 */
public class FiltroDatosPersonales extends TurboFilter {

	private static final List<String> QUE_VEN_LA_SOLICITUD = List.of("org.springframework.web.",
			"org.springframework.http.", "org.springframework.security.web.", "org.apache.coyote.",
			"org.apache.tomcat.", "org.apache.catalina.", "org.drools.", "org.kie.");

	@Override
	public FilterReply decide(Marker marca, Logger logger, Level nivel, String formato, Object[] parametros,
			Throwable error) {
		// Lo primero es barato a propósito: Drools y Spring preguntan isDebugEnabled() varias veces por decisión.
		if (nivel == null || nivel.isGreaterOrEqual(Level.INFO) || logger == null
				|| logger.getEffectiveLevel().isGreaterOrEqual(Level.INFO)) {
			return FilterReply.NEUTRAL;
		}
		String nombre = logger.getName();
		for (String prefijo : QUE_VEN_LA_SOLICITUD) {
			if (nombre.startsWith(prefijo)) {
				return FilterReply.DENY;
			}
		}
		return FilterReply.NEUTRAL;
	}

}
