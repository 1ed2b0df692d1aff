package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/{dominio}/decide} y su variante por lotes; con {@code ?versionReglas=} deciden con esa versión
 * archivada (reproducir una decisión pasada) en vez de con las activas. OpenAPI los documenta por dominio
 * ({@link DocumentacionOpenApi}), con el esquema y los ejemplos de cada uno.
 */
@Hidden
@RestController
class DecisionController {

	private final Decisor decisor;

	DecisionController(Decisor decisor) {
		this.decisor = decisor;
	}

	// Los bytes se leen como JSON aquí mismo; consumes mantiene el 415 para otros tipos, como en el lote.
	@PostMapping(path = "/api/v1/{dominio}/decide", consumes = MediaType.APPLICATION_JSON_VALUE)
	Decision<?> decide(@PathVariable String dominio, @RequestParam(required = false) String versionReglas,
			@RequestBody byte[] caso) {
		return decisor.decidir(dominio, caso, versionReglas);
	}

	/** Lee el cuerpo y escribe la respuesta él mismo: los resultados salen a medida que se deciden. */
	@PostMapping(path = "/api/v1/{dominio}/decide/lote", consumes = MediaType.APPLICATION_JSON_VALUE)
	void decideLote(@PathVariable String dominio, @RequestParam(required = false) String versionReglas,
			HttpServletRequest solicitud, HttpServletResponse respuesta) {
		decisor.decidirLote(dominio, versionReglas, solicitud, () -> {
			respuesta.setStatus(HttpServletResponse.SC_OK);
			respuesta.setContentType(MediaType.APPLICATION_JSON_VALUE);
			respuesta.setCharacterEncoding("UTF-8");
			try {
				return respuesta.getOutputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
