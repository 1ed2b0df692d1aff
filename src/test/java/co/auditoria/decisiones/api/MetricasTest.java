package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Las métricas con las que un operador alerta existen en {@code /actuator/prometheus}: la latencia de decide como
 * histograma con cubetas (de ahí sale el p99), los rechazos por estado, las recargas activadas y rechazadas, la
 * versión activa de cada dominio, el tamaño de los lotes y el presupuesto de lotes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reglas.vigilar=false", "logging.level.AUDITORIA=WARN" })
class MetricasTest {

	private static final Path REGLAS = ReglasTemporales.copiar();

	@LocalServerPort
	int puerto;

	@DynamicPropertySource
	static void directorio(DynamicPropertyRegistry propiedades) {
		propiedades.add("reglas.directorio", REGLAS::toString);
	}

	@Test
	void lasMetricasTienenHistogramaRechazosRecargasVersionYLotes() throws IOException {
		ClienteHttp http = new ClienteHttp(puerto);
		String caso = Files.readString(Path.of("examples", "invalidez", "posible-invalidez--uci.json"));
		assertThat(http.post("/api/v1/invalidez/decide", caso).estado()).isEqualTo(200);
		assertThat(http.post("/api/v1/invalidez/decide", "{\"diasUCI\": 1}").estado()).isEqualTo(400);
		assertThat(http.post("/api/v1/invalidez/decide/lote", "{\"casos\": [" + caso + "," + caso + "]}").estado()).isEqualTo(200);
		Path drl = REGLAS.resolve("invalidez/clasificacion-pcl.drl");
		String original = Files.readString(drl);
		Files.writeString(drl, "\nrule \"rota\" when then x end garbage\n", StandardOpenOption.APPEND);
		assertThat(http.post("/api/v1/reglas/recargar", "").estado()).isEqualTo(422);
		Files.writeString(drl, original + "\n// comentario\n");
		assertThat(http.post("/api/v1/reglas/recargar", "").estado()).isEqualTo(200);

		// Las métricas de pausas de GC aparecen con la primera pausa: el servidor corre en esta misma JVM.
		System.gc();
		String metricas = http.get("/actuator/prometheus").texto();

		assertThat(metricas).containsPattern("decisiones_seconds_bucket\\{dominio=\"invalidez\",resultado=\"POSIBLE_INVALIDEZ\",le=\"0.005\"}")
			.containsPattern("decisiones_seconds_count\\{dominio=\"invalidez\",resultado=\"POSIBLE_INVALIDEZ\"} [3-9]")
			.containsPattern("decisiones_rechazadas_total\\{dominio=\"invalidez\",estado=\"400\"} 1")
			.containsPattern("reglas_recargas_total\\{quien=\"sin-clave\",resultado=\"rechazada\"} 1")
			.containsPattern("reglas_recargas_total\\{quien=\"sin-clave\",resultado=\"activada\"} 1")
			.containsPattern("reglas_recargas_total\\{quien=\"arranque\",resultado=\"activada\"} 1")
			.containsPattern("reglas_version\\{dominio=\"invalidez\",version=\"[0-9a-f]{12}\"} 1")
			.containsPattern("decisiones_lote_casos_count\\{dominio=\"invalidez\"} 1")
			.contains("decisiones_lote_presupuesto_usado_bytes").contains("decisiones_lote_presupuesto_maximo_bytes");

		// El tablero de Grafana del repositorio solo usa métricas que existen.
		java.util.regex.Matcher usadas = java.util.regex.Pattern.compile("\\b((?:decisiones|reglas|jvm)_[a-z_]+)")
			.matcher(Files.readString(Path.of("src", "ops", "grafana", "decisiones.json")));
		java.util.Set<String> nombres = new java.util.TreeSet<>();
		while (usadas.find()) {
			nombres.add(usadas.group(1));
		}
		assertThat(nombres).isNotEmpty().allSatisfy(nombre -> assertThat(metricas).as("el tablero usa %s", nombre).contains(nombre));
	}

}
