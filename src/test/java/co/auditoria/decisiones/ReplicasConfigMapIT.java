package co.auditoria.decisiones;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.auditoria.decisiones.ops.Manifiestos;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dos réplicas del jar, cada una con el entorno del Deployment de {@code src/ops/kubernetes/} (perfil {@code prod},
 * vigilante encendido, secretos), leen las reglas de un ConfigMap por dominio montado como lo monta el kubelet. Un
 * cambio del ConfigMap de un dominio llega a las dos, que lo dicen igual en {@code /actuator/info} y en
 * {@code reglas_version}; un ConfigMap que no compila no llega a ninguna y las dos siguen listas con lo anterior.
 */
class ReplicasConfigMapIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String clave = HexFormat.of().formatHex(aleatorio(32));

	@Test
	void unCambioDelConfigMapLlegaATodasLasReplicasYUnoRotoANinguna() throws Exception {
		Path reglas = Files.createTempDirectory("reglas-configmap");
		Map<String, Map<String, String>> configMaps = new HashMap<>();
		for (String dominio : List.of(Path.of("rules").toFile().list())) {
			configMaps.put(dominio, MontajeConfigMap.archivos(Path.of("rules", dominio)));
			MontajeConfigMap.escribir(reglas.resolve(dominio), configMaps.get(dominio));
		}
		Map<String, String> entorno = entorno(reglas);
		// Las dos arrancan a la vez, como las réplicas de un Deployment.
		CompletableFuture<JarEnMarcha> segunda = CompletableFuture.supplyAsync(() -> arrancar("replica-b", entorno));
		try (JarEnMarcha a = arrancar("replica-a", entorno); JarEnMarcha b = segunda.join()) {
			JsonNode inicial = versiones(a);
			assertThat(versiones(b)).isEqualTo(inicial);

			Map<String, String> invalidez = new HashMap<>(configMaps.get("invalidez"));
			invalidez.computeIfPresent("clasificacion-pcl.drl", (archivo, texto) -> texto + "\n// versión nueva del ConfigMap\n");
			MontajeConfigMap.escribir(reglas.resolve("invalidez"), invalidez);
			esperar(() -> !versiones(a).path("invalidez").equals(inicial.path("invalidez"))
					&& !versiones(b).path("invalidez").equals(inicial.path("invalidez")));
			String nueva = versiones(a).path("invalidez").asString();
			assertThat(versiones(b)).isEqualTo(versiones(a));
			for (JarEnMarcha replica : List.of(a, b)) {
				assertThat(metricas(replica)).contains("reglas_version{dominio=\"invalidez\",version=\"" + nueva + "\"} 1.0")
					.containsPattern("reglas_recargas_total\\{quien=\"vigilante\",resultado=\"activada\"} [1-9]");
			}

			Map<String, String> ges = new HashMap<>(configMaps.get("ges"));
			ges.put("roto.drl", "package co.auditoria.reglas.ges;\nrule \"sin cerrar\" when then");
			MontajeConfigMap.escribir(reglas.resolve("ges"), ges);
			esperar(() -> rechazo(a) && rechazo(b));
			for (JarEnMarcha replica : List.of(a, b)) {
				assertThat(versiones(replica).path("ges")).isEqualTo(inicial.path("ges"));
				assertThat(replica.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
			}
		}
		finally {
			segunda.handle((replica, error) -> replica).thenAccept(ReplicasConfigMapIT::detener).join();
			FileSystemUtils.deleteRecursively(reglas);
		}
	}

	private static JarEnMarcha arrancar(String nombre, Map<String, String> entorno) {
		try {
			return JarEnMarcha.arrancar(nombre, List.of(), List.of(), entorno);
		}
		catch (Exception ex) {
			throw new IllegalStateException(nombre + " no arrancó", ex);
		}
	}

	/** Si la prueba falló antes de usarla, la segunda réplica no queda en marcha. */
	private static void detener(JarEnMarcha replica) {
		try {
			if (replica != null) {
				replica.close();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** El de Kubernetes: las variables del Deployment, los secretos y las reglas en el montaje de la prueba. */
	private Map<String, String> entorno(Path reglas) throws Exception {
		Deployment despliegue = Manifiestos.unico(Manifiestos.leer(), Deployment.class);
		Map<String, String> entorno = new HashMap<>();
		for (EnvVar variable : despliegue.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
			entorno.put(variable.getName(), variable.getValue());
		}
		assertThat(entorno).containsEntry("REGLAS_DIRECTORIO", "/reglas");
		entorno.put("REGLAS_DIRECTORIO", reglas.toString());
		Matcher opciones = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]+)\"")
			.matcher(Files.readString(Path.of("src", "ops", "docker", "Dockerfile")));
		assertThat(opciones.find()).isTrue();
		entorno.put("JAVA_TOOL_OPTIONS", opciones.group(1));
		// Lo que pone el Secret decisiones-secretos.
		entorno.put("AUDITORIA_SECRETO", HexFormat.of().formatHex(aleatorio(32)));
		entorno.put("SEGURIDAD_CLAVES_0_NOMBRE", "operacion");
		entorno.put("SEGURIDAD_CLAVES_0_HASH", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest(clave.getBytes(StandardCharsets.UTF_8))));
		entorno.put("SEGURIDAD_CLAVES_0_ROLES", "OPERACION");
		entorno.put("LOGGING_LEVEL_AUDITORIA", "WARN");
		return entorno;
	}

	private static JsonNode versiones(JarEnMarcha replica) {
		try {
			return JSON.readTree(replica.get("/actuator/info").body()).path("reglas").path("dominios");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String metricas(JarEnMarcha replica) throws Exception {
		return replica.get("/actuator/prometheus", "X-API-Key", clave).body();
	}

	private boolean rechazo(JarEnMarcha replica) {
		try {
			return Pattern.compile("reglas_recargas_total\\{quien=\"vigilante\",resultado=\"rechazada\"} [1-9]")
				.matcher(metricas(replica)).find();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** El kubelet tarda hasta un minuto en ver un ConfigMap nuevo; aquí el montaje cambia enseguida y el sondeo es de 5 s. */
	private static void esperar(BooleanSupplier condicion) throws InterruptedException {
		Instant limite = Instant.now().plusSeconds(120);
		while (!condicion.getAsBoolean()) {
			assertThat(Instant.now()).as("las réplicas no recargaron a tiempo").isBefore(limite);
			Thread.sleep(250);
		}
	}

	private static byte[] aleatorio(int bytes) {
		byte[] valor = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(valor);
		return valor;
	}

}
