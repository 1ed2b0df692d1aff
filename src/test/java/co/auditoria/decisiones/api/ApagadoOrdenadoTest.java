package co.auditoria.decisiones.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.auditoria.decisiones.DecisionesApplication;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** Apagar el servicio con un lote en curso: el lote termina y se responde entero; lo nuevo se rechaza. */
class ApagadoOrdenadoTest {

	private static final String CASO = """
			{"siniestro": {"tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"}, "diagnosticos": [{"cie10": "S72.0"}],
			 "diasUci": 2, "fechaEvaluacion": "2026-02-20"}""";

	private static final int CASOS = 4_000;

	@Test
	void apagarTerminaLasSolicitudesEnCurso() throws Exception {
		ConfigurableApplicationContext servicio = new SpringApplicationBuilder(DecisionesApplication.class)
			// Los 30 s de espera de producción alcanzan de sobra para este lote en una máquina libre; con los núcleos
			// ocupados por otras compilaciones no siempre, y lo que se prueba es que el apagado espera, no cuánto.
			.properties("server.port=0", "reglas.vigilar=false", "logging.level.AUDITORIA=WARN",
					"spring.lifecycle.timeout-per-shutdown-phase=120s")
			.run();
		int puerto = ((WebServerApplicationContext) servicio).getWebServer().getPort();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI lote = URI.create("http://localhost:" + puerto + "/api/v1/invalidez/decide/lote");

		CompletableFuture<HttpResponse<String>> enCurso = http.sendAsync(HttpRequest.newBuilder(lote)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"casos\": [" + String.join(",", Collections.nCopies(CASOS, CASO)) + "]}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		esperarSolicitudActiva(servicio.getBean(MeterRegistry.class));
		servicio.close();

		HttpResponse<String> respuesta = enCurso.get(150, TimeUnit.SECONDS);
		assertThat(respuesta.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.builder().build().readTree(respuesta.body()).path("resumen").path("total").asInt())
			.isEqualTo(CASOS);
		assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(lote).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
				HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(ConnectException.class);
	}

	/** El lote ya está en el servidor cuando hay una solicitud activa en las métricas de Spring MVC. */
	private static void esperarSolicitudActiva(MeterRegistry metricas) throws InterruptedException {
		Instant limite = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(limite)) {
			LongTaskTimer activas = metricas.find("http.server.requests.active").longTaskTimer();
			if (activas != null && activas.activeTasks() > 0) {
				return;
			}
			Thread.sleep(5);
		}
		throw new AssertionError("el lote nunca llegó a procesarse");
	}

}
