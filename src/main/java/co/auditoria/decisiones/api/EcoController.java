package co.auditoria.decisiones.api;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Solo en el perfil {@code rendimiento}: el piso HTTP contra el que se mide {@code decide}. Lee y valida la
 * solicitud como {@code decide} y la devuelve escrita en JSON, sin decidir; la razón decide / eco dice
 * cuánto cuesta decidir sobre lo que cuesta HTTP y JSON (README, sección Rendimiento).
 */
@Hidden
@Profile("rendimiento")
@RestController
class EcoController {

	private final MotorReglas motor;

	private final LectorSolicitudes lector;

	EcoController(MotorReglas motor, LectorSolicitudes lector) {
		this.motor = motor;
		this.lector = lector;
	}

	@PostMapping(path = "/api/v1/{dominio}/eco", consumes = MediaType.APPLICATION_JSON_VALUE)
	Object eco(@PathVariable String dominio, @RequestBody byte[] caso) {
		Dominio<?, ?> encontrado = motor.dominio(dominio)
			.orElseThrow(() -> new DominioDesconocidoException(dominio, java.util.List.of()));
		return lector.leer(encontrado, caso);
	}

}
