package co.auditoria.decisiones.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Las respuestas de las operaciones {@code decide}: la de éxito y cada error como {@code application/problem+json}
 * (RFC 9457) con un ejemplo real, y el esquema del problema con sus {@code errores} por campo.
 */
final class RespuestasOpenApi {

	static final String PROBLEMA = "api.Problema";

	static final String PROBLEMA_REGLAS = "api.ProblemaReglas";

	private final boolean seguridad;

	RespuestasOpenApi(Components componentes, boolean seguridad) {
		this.seguridad = seguridad;
		componentes.addSchemas(PROBLEMA, problema(Map.of("campo", EsquemasOpenApi.tipo("string"), "mensaje",
				EsquemasOpenApi.tipo("string")), "Cada campo culpable, con su ruta JSON (diagnosticos[0].cie10)"));
		componentes.addSchemas(PROBLEMA_REGLAS, problema(Map.of("archivo", EsquemasOpenApi.tipo("string"), "linea",
				EsquemasOpenApi.tipo("integer"), "mensaje", EsquemasOpenApi.tipo("string")),
				"Cada error de compilación, con archivo y línea"));
	}

	ApiResponses de(Schema<?> exito, String descripcion) {
		ApiResponses respuestas = new ApiResponses()
			.addApiResponse("200", new ApiResponse().description(descripcion)
				.content(new Content().addMediaType("application/json", new MediaType().schema(exito))))
			.addApiResponse("400", error("Solicitud inválida: errores[] nombra cada campo culpable", 400, "solicitud-invalida",
					"Solicitud inválida", "La solicitud tiene 2 campo(s) inválido(s)",
					List.of(Map.of("campo", "diasUCI", "mensaje", "campo desconocido"),
							Map.of("campo", "siniestro.fecha", "mensaje", "la fecha '2026-02-30' no existe"))));
		if (seguridad) {
			respuestas.addApiResponse("401", error("Sin clave de API o con una desconocida", 401, "credencial-ausente",
					"Falta la credencial", "Envíe su clave de API en la cabecera X-API-Key", null));
			respuestas.addApiResponse("403", error("La clave no tiene el rol DECIDIR", 403, "sin-permiso", "Sin permiso",
					"La credencial no tiene el rol que exige POST /api/v1/invalidez/decide", null));
		}
		return respuestas
			.addApiResponse("404", error("Dominio o ruta desconocidos", 404, "dominio-desconocido", "Dominio desconocido",
					"No existe el dominio 'invalides'", null))
			.addApiResponse("406", error("El cliente no acepta JSON", 406, "no-aceptable", "Tipo de respuesta no aceptable",
					"Las respuestas son JSON: acepte application/json o application/problem+json", null))
			.addApiResponse("413", error("Lote o cuerpo demasiado grande", 413, "lote-demasiado-grande", "Lote demasiado grande",
					"El lote trae 10001 casos y el máximo es 10000", null))
			.addApiResponse("415", error("El cuerpo no se declara JSON", 415, "tipo-no-soportado", "Tipo de contenido no soportado",
					"Se espera un cuerpo JSON (Content-Type: application/json)", null))
			.addApiResponse("503", error("El servicio no tiene reglas activas", 503, "reglas-no-disponibles", "Sin reglas activas",
					"El servicio no tiene reglas activas: las del directorio no compilan. Corríjalas y recargue.", null));
	}

	private static ApiResponse error(String descripcion, int estado, String tipo, String titulo, String detalle,
			List<Map<String, String>> errores) {
		Map<String, Object> ejemplo = new LinkedHashMap<>();
		ejemplo.put("type", "urn:decisiones:problema:" + tipo);
		ejemplo.put("title", titulo);
		ejemplo.put("status", estado);
		ejemplo.put("detail", detalle);
		ejemplo.put("instance", "/api/v1/invalidez/decide");
		if (errores != null) {
			ejemplo.put("errores", errores);
		}
		return new ApiResponse().description(descripcion).content(new Content().addMediaType("application/problem+json",
				new MediaType().schema(EsquemasOpenApi.ref(PROBLEMA)).addExamples(tipo, new Example().value(ejemplo))));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problema(Map<String, Schema> error, String descripcionErrores) {
		Map<String, Schema> propiedades = new LinkedHashMap<>();
		propiedades.put("type", EsquemasOpenApi.tipo("string").format("uri").description("urn:decisiones:problema:<situación>"));
		propiedades.put("title", EsquemasOpenApi.tipo("string"));
		propiedades.put("status", EsquemasOpenApi.tipo("integer"));
		propiedades.put("detail", EsquemasOpenApi.tipo("string").description("En español"));
		propiedades.put("instance", EsquemasOpenApi.tipo("string"));
		propiedades.put("errores", EsquemasOpenApi.tipo("array").description(descripcionErrores)
			.items(EsquemasDeDominio.objeto(error, List.copyOf(error.keySet()))));
		return EsquemasDeDominio.objeto(propiedades, List.of("type", "title", "status", "detail"));
	}

}
