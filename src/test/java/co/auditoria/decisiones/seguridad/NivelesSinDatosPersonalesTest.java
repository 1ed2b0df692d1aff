package co.auditoria.decisiones.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Los loggers que ven la solicitud no bajan de INFO por ningún camino; los demás, y los niveles más altos, sí cambian. */
class NivelesSinDatosPersonalesTest {

	private final LoggerContext contexto = new LoggerContext();

	@BeforeEach
	void declararElOyente() {
		NivelesSinDatosPersonales oyente = new NivelesSinDatosPersonales();
		oyente.setContext(contexto);
		oyente.start();
		contexto.addListener(oyente);
	}

	@Test
	void conElRaizEnTraceLosQueVenLaSolicitudSiguenEnInfo() {
		contexto.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.TRACE);

		assertThat(contexto.getLogger("org.drools.core.phreak.RuleNetworkEvaluatorImpl").getEffectiveLevel()).isEqualTo(Level.INFO);
		assertThat(contexto.getLogger("org.springframework.web.servlet.DispatcherServlet").isDebugEnabled()).isFalse();
		assertThat(contexto.getLogger("co.auditoria.decisiones.api.Decisor").isTraceEnabled()).isTrue();
	}

	@Test
	void bajarElNivelDeUnoDeEllosODeUnHijoLoDejaEnInfo() {
		contexto.getLogger("org.drools").setLevel(Level.DEBUG);
		contexto.getLogger("org.apache.coyote.http11.Http11Processor").setLevel(Level.TRACE);
		contexto.getLogger("org.kie").setLevel(null);

		assertThat(contexto.getLogger("org.drools").getLevel()).isEqualTo(Level.INFO);
		assertThat(contexto.getLogger("org.apache.coyote.http11.Http11Processor").getLevel()).isEqualTo(Level.INFO);
		assertThat(contexto.getLogger("org.kie.api.Algo").isDebugEnabled()).isFalse();
	}

	@Test
	void unNivelMasAltoYLosLoggersDeNombreParecidoSeRespetan() {
		contexto.getLogger("org.drools").setLevel(Level.WARN);
		contexto.getLogger("org.droolsx").setLevel(Level.DEBUG);

		assertThat(contexto.getLogger("org.drools").getLevel()).isEqualTo(Level.WARN);
		assertThat(contexto.getLogger("org.droolsx").getLevel()).isEqualTo(Level.DEBUG);
	}

}
