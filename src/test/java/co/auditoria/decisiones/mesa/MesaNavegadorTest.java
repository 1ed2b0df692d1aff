package co.auditoria.decisiones.mesa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * La mesa en un Chromium real sin pantalla (el {@code chromium} y el {@code chromedriver} de Debian, que instala
 * {@code .ci/run}; nada se descarga al correr), con la seguridad encendida: sin clave no muestra nada; con la clave,
 * decide un ejemplo y muestra cada regla que disparó con su archivo, su línea y su texto, y simula una candidata
 * editada en la página hasta leer sus transiciones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN", "seguridad.habilitada=true",
				"seguridad.claves[0].nombre=mesa",
				"seguridad.claves[0].hash=5a5f3dfcf1f76f40cf469b865d44304c52e9f58d7f03784002e2fcd071daac9f",
				"seguridad.claves[0].roles=DECIDIR,ADMIN_REGLAS" })
class MesaNavegadorTest {

	private static final String CLAVE = "clave-de-prueba-mesa";

	private static final String CHROMIUM = System.getProperty("navegador.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("navegador.chromedriver", "/usr/bin/chromedriver");

	private static ChromeDriver navegador;

	private static Path perfil;

	@LocalServerPort
	int puerto;

	private WebDriverWait espera;

	@BeforeAll
	static void abrirNavegador() throws IOException {
		assertThat(new File(CHROMIUM)).as("Chromium de Debian (apt-get install chromium chromium-driver; lo hace .ci/run)")
			.canRead();
		assertThat(new File(CHROMEDRIVER)).as("chromedriver de Debian (apt-get install chromium-driver)").canRead();
		perfil = Files.createTempDirectory("chromium-mesa");
		ChromeDriverService servicio = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort().build();
		ChromeOptions opciones = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run",
					"--user-data-dir=" + perfil, "--window-size=1400,1000");
		navegador = new ChromeDriver(servicio, opciones);
	}

	@AfterAll
	static void cerrarNavegador() {
		if (navegador != null) {
			navegador.quit();
		}
	}

	@BeforeEach
	void abrirMesa() {
		espera = new WebDriverWait(navegador, Duration.ofSeconds(60));
		navegador.get("http://localhost:" + puerto + "/mesa/");
		navegador.executeScript("sessionStorage.clear()");
		navegador.navigate().refresh();
	}

	@Test
	void sinClaveNoMuestraNadaYConLaClaveDecideUnEjemploYMuestraCadaReglaQueDisparo() {
		espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("estado"), "clave"));
		assertThat(new Select(navegador.findElement(By.id("dominio"))).getOptions()).isEmpty();

		entrar("invalidez");
		elegir("ejemplo", "posible-invalidez--uci");
		navegador.findElement(By.id("decidir")).click();

		espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultado"), "POSIBLE_INVALIDEZ"));
		WebElement regla = navegador.findElements(By.cssSelector("#reglas-aplicadas .regla-aplicada")).stream()
			.filter(aplicada -> aplicada.getText().contains("Una estancia en UCI es criterio de posible invalidez"))
			.findFirst()
			.orElseThrow();
		regla.findElement(By.tagName("summary")).click();
		assertThat(regla.findElement(By.className("ubicacion")).getText()).startsWith("invalidez/posible-invalidez.drl:");
		assertThat(regla.findElement(By.className("texto-regla")).getText())
			.contains("rule \"Una estancia en UCI es criterio de posible invalidez\"").contains("diasUci > 0");
		assertThat(navegador.findElement(By.id("causales")).getText()).contains("UCI");
	}

	@Test
	void simulaUnaCandidataEditadaEnLaPaginaYMuestraSusTransiciones() {
		entrar("invalidez");
		navegador.findElement(By.cssSelector("nav button[data-pestana=simular]")).click();
		elegir("archivo-activo", "invalidez/posible-invalidez.drl");
		navegador.findElement(By.id("editar-archivo")).click();
		WebElement editor = espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".editor-candidata")));
		((JavascriptExecutor) navegador).executeScript(
				"arguments[0].value = arguments[0].value.replace('diasUci > 0', 'diasUci > 2')", editor);
		navegador.findElement(By.id("simular")).click();

		espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transiciones"), "POSIBLE_INVALIDEZ -> SIN_ALERTA"));
		assertThat(navegador.findElement(By.id("causales-perdidas")).getText()).contains("UCI");
		assertThat(navegador.findElement(By.id("cambios-de-reglas")).getText())
			.contains("Una estancia en UCI es criterio de posible invalidez");
		assertThat(navegador.findElement(By.id("casos-simulados")).getText()).contains("features/invalidez.feature:");
	}

	private void entrar(String dominio) {
		navegador.findElement(By.id("clave")).sendKeys(CLAVE);
		navegador.findElement(By.id("usar-clave")).click();
		espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("estado"), "Reglas activas"));
		elegir("dominio", dominio);
		espera.until(driver -> new Select(driver.findElement(By.id("ejemplo"))).getOptions().stream()
			.anyMatch(opcion -> opcion.getText().startsWith(ejemploDe(dominio))));
	}

	private static String ejemploDe(String dominio) {
		return dominio.equals("invalidez") ? "posible-invalidez" : "";
	}

	private void elegir(String lista, String opcion) {
		espera.until(driver -> new Select(driver.findElement(By.id(lista))).getOptions().stream()
			.anyMatch(valor -> valor.getText().equals(opcion)));
		new Select(navegador.findElement(By.id(lista))).selectByVisibleText(opcion);
	}

}
