package co.auditoria.decisiones.api;

import java.util.Comparator;
import java.util.List;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/**
 * El OpenAPI es el contrato ({@code spec/api.md}): por dominio, {@code decide} con el esquema exacto de su
 * solicitud y de su respuesta (sobre común más campos propios, con sus enumerados) y los ejemplos de
 * {@code examples/<dominio>/}, que deciden; {@code decide/lote} con su solicitud, su respuesta y su resumen; los
 * errores como problem+json con un ejemplo; y la clave de API cuando la seguridad está activa.
 */
@Configuration(proxyBeanMethods = false)
class DocumentacionOpenApi {

	static final String CLAVE_API = "claveApi";

	@Bean
	OpenAPI informacionServicio(@Value("${seguridad.habilitada:false}") boolean seguridad,
			@Value("${seguridad.cabecera:X-API-Key}") String cabecera) {
		OpenAPI openApi = new OpenAPI().info(new Info().title("Servicio de decisiones de auditoría en salud")
			.version("v1")
			.description("Reglas Drools editables por analistas. Cada respuesta es una decisión con resultado, causales, "
					+ "acciones, reglasAplicadas y versionReglas, más los campos propios del dominio. La entrada es "
					+ "estricta: un campo desconocido, un tipo que habría que convertir o una fecha que no es exactamente "
					+ "yyyy-MM-dd es un 400 que nombra cada campo culpable."));
		if (seguridad) {
			openApi.components(new Components().addSecuritySchemes(CLAVE_API, new SecurityScheme()
				.type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(cabecera)
				.description("Clave de API del sistema cliente; cada clave tiene roles (DECIDIR, ADMIN_REGLAS, OPERACION)")))
				.addSecurityItem(new SecurityRequirement().addList(CLAVE_API));
		}
		return openApi;
	}

	@Bean
	OpenApiCustomizer operacionesPorDominio(MotorReglas motor, ObjectMapper json,
			@Value("${decisiones.lote.maximo:10000}") int maximoLote, @Value("${seguridad.habilitada:false}") boolean seguridad) {
		return openApi -> {
			Components componentes = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			openApi.components(componentes);
			EsquemasOpenApi esquemas = new EsquemasOpenApi(componentes);
			RespuestasOpenApi respuestas = new RespuestasOpenApi(componentes, seguridad);
			EjemplosOpenApi ejemplos = new EjemplosOpenApi(json);
			motor.dominios().stream().sorted(Comparator.comparing(Dominio::nombre)).forEach(dominio -> {
				EsquemasDeDominio propios = new EsquemasDeDominio(dominio, esquemas, motor, maximoLote);
				openApi.path("/api/v1/" + dominio.nombre() + "/decide", new PathItem().post(new Operation()
					.operationId("decide_" + dominio.nombre())
					.tags(List.of(dominio.nombre()))
					.summary("Decide un caso de " + dominio.nombre())
					.description("Resultados posibles, de mayor a menor precedencia: " + String.join(", ", dominio.resultados())
							+ ". Especificación: spec/" + dominio.nombre() + ".md")
					.addParametersItem(versionReglas())
					.requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
							new MediaType().schema(propios.solicitud()).examples(ejemplos.de(dominio.nombre())))))
					.responses(respuestas.de(propios.decision(), "La decisión"))));
				openApi.path("/api/v1/" + dominio.nombre() + "/decide/lote", new PathItem().post(new Operation()
					.operationId("decideLote_" + dominio.nombre())
					.tags(List.of(dominio.nombre()))
					.summary("Decide un lote {\"casos\": [...]} de " + dominio.nombre() + " (hasta " + maximoLote + ")")
					.description("Los resultados van en el orden de casos; un caso inválido lleva su error en su posición, "
							+ "con su identificador, y los demás se deciden.")
					.addParametersItem(versionReglas())
					.requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
							new MediaType().schema(propios.lote()))))
					.responses(respuestas.de(propios.respuestaLote(), "Un resultado por caso y el resumen del lote"))));
			});
		};
	}

	/** Reproducir una decisión pasada: la versión va en la consulta, fuera de la solicitud estricta del dominio. */
	private static Parameter versionReglas() {
		return new Parameter().in("query").name("versionReglas").required(false)
			.description("Decide con esta versión archivada de las reglas del dominio (la versionReglas de una decisión "
					+ "pasada, o la de un conjunto activado) en vez de con las activas; 404 si no está archivada. "
					+ "Versiones en GET /api/v1/reglas/versiones")
			.schema(new StringSchema().pattern("^[0-9a-f]{12}$"));
	}

}
