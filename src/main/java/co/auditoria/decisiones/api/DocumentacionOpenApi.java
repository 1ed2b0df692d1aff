package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * OpenAPI con una operación {@code decide} por dominio: el esquema de su solicitud y, como ejemplos, los
 * archivos de {@code examples/<dominio>/} (que el build copia al classpath), para probar desde Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class DocumentacionOpenApi {

	@Bean
	OpenAPI informacionServicio() {
		return new OpenAPI().info(new Info().title("Servicio de decisiones de auditoría en salud")
			.version("v1")
			.description("Reglas Drools editables por analistas para invalidez, incapacidades, glosas y GES. "
					+ "Cada respuesta es una Decision con resultado, causales, acciones, reglasAplicadas y versionReglas, "
					+ "más los campos propios del dominio."));
	}

	@Bean
	OpenApiCustomizer operacionesPorDominio(MotorReglas motor, ObjectMapper json) {
		return openApi -> {
			Components componentes = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			openApi.components(componentes);
			ResolvedSchema decision = esquema(componentes, Decision.class);
			motor.dominios().stream().sorted(Comparator.comparing(Dominio::nombre)).forEach(dominio -> {
				ResolvedSchema solicitud = esquema(componentes, dominio.tipoSolicitud());
				Content cuerpo = new Content().addMediaType("application/json",
						new MediaType().schema(referencia(solicitud)).examples(ejemplos(dominio.nombre(), json)));
				openApi.path("/api/v1/" + dominio.nombre() + "/decide", new PathItem().post(new Operation()
					.operationId("decide_" + dominio.nombre())
					.tags(java.util.List.of(dominio.nombre()))
					.summary("Decide un caso de " + dominio.nombre())
					.description("Resultados posibles, de mayor a menor precedencia: "
							+ String.join(", ", dominio.resultados()))
					.requestBody(new RequestBody().required(true).content(cuerpo))
					.responses(respuestas(referencia(decision)))));
				openApi.path("/api/v1/" + dominio.nombre() + "/decide/lote", new PathItem().post(new Operation()
					.operationId("decideLote_" + dominio.nombre())
					.tags(java.util.List.of(dominio.nombre()))
					.summary("Decide un lote {\"casos\": [...]} de " + dominio.nombre() + " (hasta 10 000)")
					.requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
							new MediaType().schema(new Schema<>().type("object")
								.addProperty("casos", new Schema<>().type("array").items(referencia(solicitud)))))))
					.responses(respuestas(new Schema<>().type("object")))));
			});
		};
	}

	private static ApiResponses respuestas(Schema<?> exito) {
		Content problema = new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().type("object")));
		return new ApiResponses()
			.addApiResponse("200", new ApiResponse().description("Decisión")
				.content(new Content().addMediaType("application/json", new MediaType().schema(exito))))
			.addApiResponse("400", new ApiResponse().description("Solicitud inválida; errores[].campo nombra cada campo").content(problema))
			.addApiResponse("413", new ApiResponse().description("Lote o cuerpo demasiado grande").content(problema));
	}

	private static ResolvedSchema esquema(Components componentes, Class<?> tipo) {
		ResolvedSchema resuelto = ModelConverters.getInstance().readAllAsResolvedSchema(tipo);
		resuelto.referencedSchemas.forEach(componentes::addSchemas);
		return resuelto;
	}

	private static Schema<?> referencia(ResolvedSchema resuelto) {
		return new Schema<>().$ref("#/components/schemas/" + resuelto.schema.getName());
	}

	private static Map<String, Example> ejemplos(String dominio, ObjectMapper json) {
		Map<String, Example> ejemplos = new LinkedHashMap<>();
		try {
			Resource[] archivos = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:ejemplos/" + dominio + "/*.json");
			Arrays.sort(archivos, Comparator.comparing(Resource::getFilename));
			for (Resource archivo : archivos) {
				String contenido = archivo.getContentAsString(StandardCharsets.UTF_8);
				ejemplos.put(archivo.getFilename().replaceFirst("\\.json$", ""),
						new Example().value(json.readTree(contenido)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ejemplos;
	}

}
