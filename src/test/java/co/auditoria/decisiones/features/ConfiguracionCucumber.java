package co.auditoria.decisiones.features;

import io.cucumber.spring.CucumberContextConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Los pasos llaman a la API HTTP real del servicio que arranca la prueba. Con
 * {@code -Ddecisiones.url=https://...} llaman en cambio a un servicio desplegado.
 */
@CucumberContextConfiguration
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class ConfiguracionCucumber {

}
