package co.auditoria.decisiones.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Los manifiestos de {@code src/ops/kubernetes/} leídos con el modelo de fabric8, que se genera del esquema OpenAPI de
 * Kubernetes, de forma estricta: un {@code kind} o {@code apiVersion} que no es uno de los que se despliegan, un campo
 * que el esquema no tiene (el modelo lo guardaría aparte, en {@code additionalProperties}) o un valor de otro tipo (un
 * número donde va texto: volver a escribir el objeto no da el mismo documento) son errores.
 */
public final class Manifiestos {

	public static final Path CARPETA = Path.of("src", "ops", "kubernetes");

	private static final Map<String, Class<? extends HasMetadata>> TIPOS = Map.of("apps/v1 Deployment", Deployment.class,
			"v1 Service", Service.class, "v1 ConfigMap", ConfigMap.class, "v1 Secret", Secret.class,
			"autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
			"policy/v1 PodDisruptionBudget", PodDisruptionBudget.class);

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.build();

	private Manifiestos() {
	}

	/** Todos los documentos de todos los {@code *.yaml} de la carpeta, en orden de archivo. */
	public static List<HasMetadata> leer() {
		try (Stream<Path> archivos = Files.list(CARPETA)) {
			List<HasMetadata> recursos = new ArrayList<>();
			for (Path archivo : archivos.filter(ruta -> ruta.toString().endsWith(".yaml")).sorted().toList()) {
				for (JsonNode documento : YAML.readerFor(JsonNode.class).<JsonNode>readValues(archivo.toFile()).readAll()) {
					recursos.add(estricto(archivo.getFileName() + " " + documento.path("kind").asString(), documento));
				}
			}
			return recursos;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** El único recurso de un tipo. */
	public static <T extends HasMetadata> T unico(List<HasMetadata> recursos, Class<T> tipo) {
		List<T> delTipo = recursos.stream().filter(tipo::isInstance).map(tipo::cast).toList();
		if (delTipo.size() != 1) {
			throw new AssertionError("se esperaba un " + tipo.getSimpleName() + " y hay " + delTipo.size());
		}
		return delTipo.get(0);
	}

	static HasMetadata estricto(String donde, JsonNode documento) {
		Class<? extends HasMetadata> tipo = TIPOS.get(documento.path("apiVersion").asText() + " " + documento.path("kind").asString());
		if (tipo == null) {
			throw new AssertionError(donde + ": apiVersion/kind no es de los que se despliegan: " + TIPOS.keySet());
		}
		HasMetadata recurso = YAML.treeToValue(documento, tipo);
		List<String> desconocidos = new ArrayList<>();
		desconocidos(recurso, "", desconocidos);
		if (!desconocidos.isEmpty()) {
			throw new AssertionError(donde + ": campos que el esquema de Kubernetes no tiene: " + desconocidos);
		}
		List<String> distintos = new ArrayList<>();
		distintos(documento, YAML.valueToTree(recurso), "", distintos);
		if (!distintos.isEmpty()) {
			throw new AssertionError(donde + ": valores que no son del tipo del esquema (texto, número, booleano): " + distintos);
		}
		return recurso;
	}

	/** Las rutas donde el documento y el objeto leído, vuelto a escribir, no coinciden. */
	private static void distintos(JsonNode escrito, JsonNode leido, String ruta, List<String> encontrados) {
		if (escrito.isObject() && leido.isObject()) {
			escrito.propertyNames().forEach(campo -> distintos(escrito.get(campo), leido.path(campo), ruta + "." + campo, encontrados));
		}
		else if (escrito.isArray() && leido.isArray() && escrito.size() == leido.size()) {
			for (int i = 0; i < escrito.size(); i++) {
				distintos(escrito.get(i), leido.get(i), ruta + "[" + i + "]", encontrados);
			}
		}
		else if (escrito.isNumber() && leido.isNumber()) {
			// Un int64 del esquema se vuelve a escribir como long: cuenta el valor.
			if (escrito.decimalValue().compareTo(leido.decimalValue()) != 0) {
				encontrados.add(ruta + ": " + escrito + " leído como " + leido);
			}
		}
		else if (!escrito.equals(leido)) {
			encontrados.add(ruta + ": " + escrito + " leído como " + leido);
		}
	}

	/** Recorre el objeto del modelo y anota la ruta de cada campo que no está en el esquema. */
	private static void desconocidos(Object objeto, String ruta, List<String> encontrados) {
		if (objeto instanceof List<?> lista) {
			for (int i = 0; i < lista.size(); i++) {
				desconocidos(lista.get(i), ruta + "[" + i + "]", encontrados);
			}
			return;
		}
		if (objeto instanceof Map<?, ?> mapa) {
			mapa.forEach((clave, valor) -> desconocidos(valor, ruta + "." + clave, encontrados));
			return;
		}
		if (objeto == null || !objeto.getClass().getName().startsWith("io.fabric8.")) {
			return;
		}
		for (Method metodo : objeto.getClass().getMethods()) {
			if (metodo.getParameterCount() != 0 || !metodo.getName().startsWith("get") || Modifier.isStatic(metodo.getModifiers())
					|| metodo.getDeclaringClass() == Object.class) {
				continue;
			}
			Object valor = invocar(metodo, objeto);
			if (metodo.getName().equals("getAdditionalProperties")) {
				((Map<?, ?>) valor).keySet().forEach(clave -> encontrados.add(ruta + "." + clave));
			}
			else {
				desconocidos(valor, ruta + "." + campo(metodo), encontrados);
			}
		}
	}

	private static Object invocar(Method metodo, Object objeto) {
		try {
			return metodo.invoke(objeto);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(metodo.toString(), ex);
		}
	}

	private static String campo(Method metodo) {
		String nombre = metodo.getName().substring(3);
		return nombre.isEmpty() ? nombre : Character.toLowerCase(nombre.charAt(0)) + nombre.substring(1);
	}

}
