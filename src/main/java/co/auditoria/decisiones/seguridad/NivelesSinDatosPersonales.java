package co.auditoria.decisiones.seguridad;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.LifeCycle;

/**
 * Ley 1581 de 2012: en DEBUG y TRACE, Spring MVC registra el cuerpo leído ("Read ... to [{...}]") y los errores de
 * lectura con el texto que falló, Spring Security y Tomcat la ruta y las cabeceras, y Drools los hechos. Con este
 * oyente (declarado en {@code logback-spring.xml}) esos loggers no bajan de INFO aunque alguien baje su nivel, porque
 * bajarlo en producción volcaría nombres y documentos: al arrancar les fija INFO, y cada vez que uno de ellos o de sus
 * hijos cambia de nivel ({@code logging.level.*}, {@code /actuator/loggers}, el XML) y queda por debajo, lo vuelve a
 * INFO. Un nivel más alto (WARN, ERROR, OFF) se respeta.
 * <p>
 * Un oyente de niveles y no un {@code TurboFilter}: Logback consulta los {@code TurboFilter} en cada
 * {@code isDebugEnabled()} de toda la aplicación, y Drools, Hibernate Validator y Tomcat preguntan varias veces por
 * decisión (cerca del 3 % de una decisión de glosas); este cuesta solo cuando cambia un nivel. La prueba
 * {@code SinDatosPersonalesEnLogsTest} corre con el logger raíz en DEBUG y estos en TRACE para comprobarlo.
 * <p>
 * Es pública porque Logback la instancia por reflexión.
 */
public class NivelesSinDatosPersonales extends ContextAwareBase implements LoggerContextListener, LifeCycle {

	private static final List<String> QUE_VEN_LA_SOLICITUD = List.of("org.springframework.web", "org.springframework.http",
			"org.springframework.security.web", "org.apache.coyote", "org.apache.tomcat", "org.apache.catalina",
			"org.drools", "org.kie");

	private boolean iniciado;

	@Override
	public void start() {
		LoggerContext contexto = (LoggerContext) getContext();
		QUE_VEN_LA_SOLICITUD.forEach(nombre -> acotar(contexto.getLogger(nombre)));
		iniciado = true;
	}

	@Override
	public void onLevelChange(Logger logger, Level nivel) {
		if (veLaSolicitud(logger.getName())) {
			acotar(logger);
		}
	}

	/** Fijar INFO vuelve a llamar a {@link #onLevelChange}, que ya no cambia nada. */
	private static void acotar(Logger logger) {
		if (!logger.getEffectiveLevel().isGreaterOrEqual(Level.INFO)) {
			logger.setLevel(Level.INFO);
		}
	}

	private static boolean veLaSolicitud(String logger) {
		for (String prefijo : QUE_VEN_LA_SOLICITUD) {
			if (logger.startsWith(prefijo) && (logger.length() == prefijo.length() || logger.charAt(prefijo.length()) == '.')) {
				return true;
			}
		}
		return false;
	}

	/** Al reiniciarse Logback, la configuración lo vuelve a declarar y a arrancar. */
	@Override
	public boolean isResetResistant() {
		return false;
	}

	@Override
	public void onStart(LoggerContext contexto) {
	}

	@Override
	public void onReset(LoggerContext contexto) {
	}

	@Override
	public void onStop(LoggerContext contexto) {
	}

	@Override
	public void stop() {
		iniciado = false;
	}

	@Override
	public boolean isStarted() {
		return iniciado;
	}

}
