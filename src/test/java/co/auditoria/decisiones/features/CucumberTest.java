package co.auditoria.decisiones.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Corre los {@code features/*.feature} de la raíz del repositorio en {@code ./mvnw verify}, con el resumen en la
 * consola y los informes de Cucumber en {@code target/cucumber/} (HTML para personas, JSON para herramientas). Una
 * fila sola: {@code -Dcucumber.features=features/glosas.feature:123} (la línea de la fila en su tabla).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "co.auditoria.decisiones.features")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary, html:target/cucumber/informe.html, json:target/cucumber/informe.json")
class CucumberTest {

}
