package co.auditoria.decisiones.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Los manifiestos de {@code src/ops/kubernetes/} son válidos contra el esquema de Kubernetes ({@link Manifiestos}) y
 * coherentes entre sí, con la imagen ({@code src/ops/docker/Dockerfile}) y con el servicio: selectores, puertos,
 * sondas del actuator, variables que existen, un ConfigMap montado por cada dominio de {@code rules/} y una memoria
 * que alcanza para el heap medido. Nada de esto necesita un clúster; lo que solo un clúster prueba está en el README.
 */
class ManifiestosKubernetesTest {

	private final List<HasMetadata> recursos = Manifiestos.leer();

	private final Deployment despliegue = Manifiestos.unico(recursos, Deployment.class);

	private final PodSpec pod = despliegue.getSpec().getTemplate().getSpec();

	private final Container contenedor = pod.getContainers().get(0);

	@Test
	void cadaRecursoEsValidoYLosSelectoresApuntanALasMismasReplicas() {
		assertThat(recursos).extracting(HasMetadata::getKind)
			.containsExactlyInAnyOrder("Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service");
		recursos.forEach(recurso -> assertThat(recurso.getMetadata().getName()).matches(ConfigMapsReglas.NOMBRE_DNS));
		Map<String, String> seleccion = despliegue.getSpec().getSelector().getMatchLabels();
		assertThat(despliegue.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(seleccion);
		assertThat(despliegue.getSpec().getReplicas()).as("las réplicas las fija el HPA").isNull();
		assertThat(Manifiestos.unico(recursos, Service.class).getSpec().getSelector()).isEqualTo(seleccion);
		PodDisruptionBudget presupuesto = Manifiestos.unico(recursos, PodDisruptionBudget.class);
		assertThat(presupuesto.getSpec().getSelector().getMatchLabels()).isEqualTo(seleccion);

		HorizontalPodAutoscaler hpa = Manifiestos.unico(recursos, HorizontalPodAutoscaler.class);
		assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
		assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo(despliegue.getApiVersion());
		assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(despliegue.getMetadata().getName());
		assertThat(hpa.getSpec().getMinReplicas()).as("con maxUnavailable 1 del PDB, siempre queda una réplica")
			.isGreaterThan(presupuesto.getSpec().getMaxUnavailable().getIntVal());
		assertThat(hpa.getSpec().getMetrics()).allSatisfy(metrica -> assertThat(contenedor.getResources().getRequests())
			.as("el HPA mide CPU contra la petición").containsKey(metrica.getResource().getName()));
	}

	@Test
	void lasSondasSonLasDelActuatorEnElPuertoDeLaImagen() throws Exception {
		String dockerfile = Files.readString(Path.of("src", "ops", "docker", "Dockerfile"));
		int puerto = Integer.parseInt(grupo(dockerfile, "(?m)^EXPOSE (\\d+)"));
		assertThat(contenedor.getPorts()).singleElement().satisfies(expuesto -> {
			assertThat(expuesto.getContainerPort()).isEqualTo(puerto);
			assertThat(expuesto.getName()).isEqualTo("http");
		});
		assertThat(Manifiestos.unico(recursos, Service.class).getSpec().getPorts()).singleElement()
			.satisfies(puertoServicio -> assertThat(puertoServicio.getTargetPort().getStrVal()).isEqualTo("http"));
		assertThat(contenedor.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(contenedor.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(contenedor.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
		for (var sonda : List.of(contenedor.getLivenessProbe(), contenedor.getReadinessProbe(), contenedor.getStartupProbe())) {
			assertThat(sonda.getHttpGet().getPort().getStrVal()).isEqualTo("http");
		}
		assertThat(dockerfile).contains("/actuator/health/readiness").contains("HEALTHCHECK").contains("-Djarmode=tools");
		assertThat(Propiedades.del("application.properties")).containsEntry("management.endpoint.health.probes.enabled", "true");
	}

	@Test
	void correComoElUsuarioSinPrivilegiosDeLaImagenConElPerfilProdYSusSecretos() throws Exception {
		String dockerfile = Files.readString(Path.of("src", "ops", "docker", "Dockerfile"));
		long usuario = Long.parseLong(grupo(dockerfile, "(?m)^USER (\\d+)"));
		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(usuario);
		assertThat(contenedor.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		assertThat(contenedor.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
		assertThat(contenedor.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(montajes()).containsKey("/tmp");

		Map<String, String> entorno = contenedor.getEnv().stream().collect(Collectors.toMap(v -> v.getName(), v -> v.getValue()));
		assertThat(entorno).containsEntry("SPRING_PROFILES_ACTIVE", "prod").containsEntry("REGLAS_VIGILAR", "true");
		assertThat(contenedor.getEnvFrom()).singleElement().satisfies(origen -> assertThat(origen.getSecretRef().getName())
			.isEqualTo("decisiones-secretos"));
		// Cada variable es una propiedad de application.properties o documentada en el README (sin erratas que Spring
		// ignoraría en silencio).
		Map<String, String> propiedades = Propiedades.del("application.properties");
		List<String> conocidas = Stream.concat(propiedades.keySet().stream(), Propiedades.nombradasEn(Path.of("README.md")))
			.map(ManifiestosKubernetesTest::relajada).toList();
		assertThat(entorno.keySet()).allSatisfy(variable -> assertThat(conocidas).as(variable).contains(relajada(variable)));

		long apagado = Long.parseLong(propiedades.get("spring.lifecycle.timeout-per-shutdown-phase").replace("s", ""));
		long preStop = contenedor.getLifecycle().getPreStop().getSleep().getSeconds();
		assertThat(pod.getTerminationGracePeriodSeconds()).as("preStop + apagado ordenado").isGreaterThan(preStop + apagado);
	}

	@Test
	void laMemoriaAlcanzaParaElHeapMedidoMasLoQueLaJvmUsaFueraDeEl() throws Exception {
		String opciones = grupo(Files.readString(Path.of("src", "ops", "docker", "Dockerfile")), "JAVA_TOOL_OPTIONS=\"([^\"]+)\"");
		long heap = megas(grupo(opciones, "-Xmx(\\d+[mMgG])"));
		long metaspace = megas(grupo(opciones, "-XX:MaxMetaspaceSize=(\\d+[mMgG])"));
		assertThat(heap).as("el heap medido con lotes grandes (CargaLotesIT)").isEqualTo(512);
		Map<String, Quantity> limites = contenedor.getResources().getLimits();
		long memoria = Quantity.getAmountInBytes(limites.get("memory")).longValue() / (1024 * 1024);
		// Fuera del heap, medido con el jar y -Xmx512m: metaspace ~95 MB, código JIT ~40 MB, GC ~46 MB, hilos y búferes.
		assertThat(memoria).as("heap + metaspace máximo + 200 MiB").isGreaterThanOrEqualTo(heap + metaspace + 200);
		assertThat(contenedor.getResources().getRequests().get("memory")).isEqualTo(limites.get("memory"));
		assertThat(contenedor.getResources().getRequests()).containsKey("cpu");
	}

	@Test
	void cadaDominioDeRulesTieneSuConfigMapMontadoSinSubPath() throws Exception {
		Map<String, String> entorno = contenedor.getEnv().stream().collect(Collectors.toMap(v -> v.getName(), v -> v.getValue()));
		Path directorio = Path.of(entorno.get("REGLAS_DIRECTORIO"));
		Map<String, VolumeMount> montajes = montajes();
		Map<String, String> volumenes = pod.getVolumes().stream().filter(volumen -> volumen.getConfigMap() != null)
			.collect(Collectors.toMap(volumen -> volumen.getName(), volumen -> volumen.getConfigMap().getName()));
		List<String> dominios = ConfigMapsReglas.dominios();
		assertThat(volumenes).hasSameSizeAs(dominios);
		for (String dominio : dominios) {
			VolumeMount montaje = montajes.get(directorio.resolve(dominio).toString());
			assertThat(montaje).as("%s montado en %s", dominio, directorio.resolve(dominio)).isNotNull();
			assertThat(montaje.getSubPath()).as("un subPath no recibe los cambios del ConfigMap").isNull();
			assertThat(montaje.getReadOnly()).isTrue();
			assertThat(volumenes.get(montaje.getName())).isEqualTo(ConfigMapsReglas.nombre(dominio));
		}
	}

	@Test
	void losConfigMapsQueReglasShCreaDesdeRulesSonValidos() throws Exception {
		assertThat(Files.readString(Manifiestos.CARPETA.resolve("reglas.sh"))).contains("--from-file").contains("reglas-$dominio");
		for (String dominio : ConfigMapsReglas.dominios()) {
			ConfigMapsReglas.validar(Manifiestos.estricto("reglas-" + dominio, ConfigMapsReglas.comoKubectl(dominio)));
		}
	}

	@Test
	void laLecturaEstrictaRechazaCamposDesconocidosYTiposEquivocados() throws Exception {
		JsonNode original = YAMLMapper.builder().build().readTree(Manifiestos.CARPETA.resolve("service.yaml").toFile());
		JsonNode errata = original.deepCopy();
		((ObjectNode) errata.path("spec")).put("selectr", "x");
		assertThatThrownBy(() -> Manifiestos.estricto("errata", errata)).hasMessageContaining("spec.selectr");
		JsonNode tipo = original.deepCopy();
		((ObjectNode) tipo.path("metadata").path("labels")).put("numero", 3);
		assertThatThrownBy(() -> Manifiestos.estricto("tipo", tipo)).hasMessageContaining("no son del tipo");
	}

	private Map<String, VolumeMount> montajes() {
		return contenedor.getVolumeMounts().stream().collect(Collectors.toMap(VolumeMount::getMountPath, montaje -> montaje));
	}

	/** Como compara Spring una variable de entorno con una propiedad: sin puntos, guiones ni guiones bajos. */
	private static String relajada(String nombre) {
		return nombre.toLowerCase().replaceAll("[._-]", "");
	}

	private static String grupo(String texto, String expresion) {
		Matcher encontrado = Pattern.compile(expresion).matcher(texto);
		assertThat(encontrado.find()).as(expresion).isTrue();
		return encontrado.group(1);
	}

	private static long megas(String tamano) {
		long valor = Long.parseLong(tamano.substring(0, tamano.length() - 1));
		return Character.toLowerCase(tamano.charAt(tamano.length() - 1)) == 'g' ? valor * 1024 : valor;
	}

}
