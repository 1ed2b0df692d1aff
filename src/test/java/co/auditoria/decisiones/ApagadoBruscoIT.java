package co.auditoria.decisiones;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} del servicio en medio de un lote: al volver a arrancar está sano y las reglas activas son las
 * últimas que se activaron. No hay estado que recuperar: las reglas activas son las del directorio, y una
 * recarga solo activa lo que ya está escrito en él.
 */
class ApagadoBruscoIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void trasUnKill9EnMedioDeUnLoteArrancaSanoConLasUltimasReglasActivadas() throws Exception {
		Path reglas = Files.createTempDirectory("reglas-kill");
		FileSystemUtils.copyRecursively(Path.of("rules"), reglas);
		List<String> argumentos = List.of("--reglas.directorio=" + reglas, "--reglas.vigilar=false", "--logging.level.AUDITORIA=OFF");
		byte[] lote = CargaLotesIT.lote(Path.of("examples", "glosas", "glosa-parcial.json"), 9_000);
		String activada;
		try (JarEnMarcha jar = JarEnMarcha.arrancar("apagado-brusco-1", List.of(), argumentos)) {
			Path drl = reglas.resolve("invalidez/clasificacion-pcl.drl");
			Files.writeString(drl, Files.readString(drl) + "\n// cambio activado antes del kill -9\n");
			activada = JSON.readTree(jar.post("/api/v1/reglas/recargar", HttpRequest.BodyPublishers.noBody(), Duration.ofSeconds(60))
				.body()).path("versionReglas").asString();
			CompletableFuture<?> enCurso = CompletableFuture.runAsync(() -> {
				try {
					jar.post("/api/v1/glosas/decide/lote", HttpRequest.BodyPublishers.ofByteArray(lote), Duration.ofMinutes(2));
				}
				catch (Exception cortado) {
					// El kill -9 corta la respuesta: es lo esperado.
				}
			});
			Thread.sleep(1_500);
			jar.matar();
			enCurso.handle((nada, error) -> null).get();
		}
		try (JarEnMarcha jar = JarEnMarcha.arrancar("apagado-brusco-2", List.of(), argumentos)) {
			assertThat(jar.get("/actuator/health").body()).contains("\"status\":\"UP\"");
			assertThat(JSON.readTree(jar.get("/api/v1/reglas").body()).path("versionReglas").asString()).isEqualTo(activada);
			assertThat(jar.post("/api/v1/glosas/decide", HttpRequest.BodyPublishers.ofFile(Path.of("examples", "glosas",
					"sin-glosa.json")), Duration.ofSeconds(30)).statusCode()).isEqualTo(200);
		}
		finally {
			FileSystemUtils.deleteRecursively(reglas);
		}
	}

}
