package co.auditoria.decisiones.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/{dominio}/decide} y su variante por lotes. OpenAPI los documenta por dominio
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
	Decision<?> decide(@PathVariable String dominio, @RequestBody byte[] caso) {
		return decisor.decidir(dominio, caso);
	}

	@PostMapping(path = "/api/v1/{dominio}/decide/lote", consumes = MediaType.APPLICATION_JSON_VALUE)
	Lote decideLote(@PathVariable String dominio, @RequestBody byte[] lote) {
		return decisor.decidirLote(dominio, lote);
	}

}
