package co.auditoria.decisiones;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * El jar que se despliega ({@code java -jar}) arranca, compila las reglas y decide. Corre en {@code verify}
 * después de {@code package} (failsafe): el classpath anidado del jar de Spring Boot no es el de las pruebas
 * y ya escondió un defecto (KIE sin sus servicios al compilar en paralelo).
 */
class ArranqueJarIT {

	@Test
	void elJarEmpaquetadoArrancaConLasReglasDelDirectorioYDecide() throws Exception {
		try (JarEnMarcha jar = JarEnMarcha.arrancar("arranque-jar", List.of(),
				List.of("--reglas.directorio=rules", "--reglas.vigilar=false"))) {
			HttpResponse<String> decision = jar.post("/api/v1/invalidez/decide",
					HttpRequest.BodyPublishers.ofFile(Path.of("examples", "invalidez", "posible-invalidez--uci.json")),
					Duration.ofSeconds(10));
			assertThat(decision.statusCode()).isEqualTo(200);
			assertThat(decision.body()).contains("\"resultado\":\"POSIBLE_INVALIDEZ\"").contains("\"versionReglas\"");

			assertThat(jar.detener()).as("se apaga ordenadamente").isTrue();
		}
	}

}
