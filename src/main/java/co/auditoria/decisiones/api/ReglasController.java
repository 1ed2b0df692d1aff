package co.auditoria.decisiones.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasNoDisponiblesException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Qué reglas están activas, y su validación y recarga sin reiniciar. */
@RestController
class ReglasController {

	private final MotorReglas motor;

	ReglasController(MotorReglas motor) {
		this.motor = motor;
	}

	@Operation(summary = "Reglas activas por dominio: archivos, nombres de reglas y versionReglas")
	@GetMapping("/api/v1/reglas")
	Map<String, Object> reglas() {
		ConjuntoReglas activo = motor.activo();
		if (activo == null) {
			throw new ReglasNoDisponiblesException();
		}
		Map<String, Object> dominios = new LinkedHashMap<>();
		activo.dominios().forEach((nombre, reglas) -> dominios.put(nombre, Map.of("versionReglas", reglas.version(),
				"archivos", reglas.archivos().entrySet().stream().map(ReglasController::archivo).toList())));
		Map<String, Object> respuesta = new LinkedHashMap<>();
		respuesta.put("versionReglas", activo.version());
		respuesta.put("cargadasEn", activo.cargadoEn().toString());
		respuesta.put("dominios", dominios);
		return respuesta;
	}

	@Operation(summary = "Compila las reglas del directorio sin activarlas; 422 con archivo, línea y mensaje si no compilan")
	@ReglasQueNoCompilan
	@PostMapping("/api/v1/reglas/validar")
	Map<String, Object> validar() {
		return resumen(motor.validar(), "valido");
	}

	@Operation(summary = "Compila y activa las reglas de forma atómica; si algo no compila, 422 y siguen las anteriores")
	@ReglasQueNoCompilan
	@PostMapping("/api/v1/reglas/recargar")
	Map<String, Object> recargar() {
		return resumen(motor.recargar(Cliente.actual()), "recargadas");
	}

	private static Map<String, Object> archivo(Map.Entry<String, List<String>> archivo) {
		Map<String, Object> descripcion = new LinkedHashMap<>();
		descripcion.put("archivo", archivo.getKey());
		descripcion.put("reglas", archivo.getValue());
		return descripcion;
	}

	private static Map<String, Object> resumen(ConjuntoReglas conjunto, String estado) {
		Map<String, String> versiones = new LinkedHashMap<>();
		conjunto.dominios().forEach((nombre, reglas) -> versiones.put(nombre, reglas.version()));
		return Map.of(estado, true, "versionReglas", conjunto.version(), "dominios", versiones,
				"milisegundosCompilacion", conjunto.milisegundosCompilacion(), "errores", List.of());
	}

	/** La respuesta 422 documentada de validar y recargar: cada error con archivo, línea y mensaje. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@ApiResponse(responseCode = "422", description = "Las reglas no compilan; las activas no cambiaron",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/" + RespuestasOpenApi.PROBLEMA_REGLAS)))
	@interface ReglasQueNoCompilan {
	}

}
