package co.auditoria.decisiones.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/{dominio}/decide} y su variante por lotes. */
@RestController
class DecisionController {

	private final Decisor decisor;

	DecisionController(Decisor decisor) {
		this.decisor = decisor;
	}

	@Operation(summary = "Decide un caso", description = "Responde una Decision con el resultado, las causales, las acciones y las reglas aplicadas")
	@PostMapping("/api/v1/{dominio}/decide")
	Decision decide(@Parameter(description = "invalidez, incapacidades, glosas o ges") @PathVariable String dominio,
			@RequestBody JsonNode caso) {
		return decisor.decidir(dominio, caso);
	}

	@Operation(summary = "Decide un lote de casos", description = "{\"casos\": [...]}; un caso inválido lleva su error en su posición y no tumba el lote")
	@PostMapping("/api/v1/{dominio}/decide/lote")
	Map<String, Object> decideLote(@PathVariable String dominio, @RequestBody JsonNode lote) {
		return decisor.decidirLote(dominio, lote);
	}

}
