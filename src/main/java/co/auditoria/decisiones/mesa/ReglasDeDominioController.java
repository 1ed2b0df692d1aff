package co.auditoria.decisiones.mesa;

import java.util.LinkedHashMap;
import java.util.Map;

import co.auditoria.decisiones.api.DominioDesconocidoException;
import co.auditoria.decisiones.cobertura.CoberturaReglas;
import co.auditoria.decisiones.cobertura.InformeCobertura;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import co.auditoria.decisiones.simulacion.CamposDinero;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lo que la mesa de analistas y QA ({@code /mesa/}) necesita de un dominio: cada regla activa con su archivo, sus líneas,
 * su fase y su texto (para ir del nombre en {@code reglasAplicadas} a la regla), el contenido de cada archivo (para
 * editar una candidata), los campos de dinero, y la cobertura de las reglas por los ejemplos y los features.
 */
@RestController
class ReglasDeDominioController {

	private final MotorReglas motor;

	private final CoberturaReglas cobertura;

	ReglasDeDominioController(MotorReglas motor, CoberturaReglas cobertura) {
		this.motor = motor;
		this.cobertura = cobertura;
	}

	@Operation(summary = "Las reglas activas de un dominio: cada una con archivo, líneas, fase y texto; los archivos con "
			+ "su contenido; resultados, fases, identificador y campos de dinero")
	@GetMapping("/api/v1/reglas/{dominio}")
	Map<String, Object> dominio(@PathVariable String dominio) {
		Dominio<?, ?> elDominio = dominioDe(dominio);
		ReglasDeDominio reglas = activas(dominio);
		Map<String, Object> respuesta = new LinkedHashMap<>();
		respuesta.put("dominio", dominio);
		respuesta.put("versionReglas", reglas.version());
		respuesta.put("resultados", elDominio.resultados());
		respuesta.put("fases", elDominio.fases());
		respuesta.put("campoIdentificador", elDominio.campoIdentificador());
		respuesta.put("camposDinero", new CamposDinero(elDominio.tipoRespuesta()).nombres());
		respuesta.put("reglas", reglas.reglas());
		respuesta.put("archivos", reglas.fuentes());
		return respuesta;
	}

	@Operation(summary = "Qué reglas activas dispara cada ejemplo y cada caso de los features; primero las que ninguno dispara")
	@GetMapping("/api/v1/reglas/{dominio}/cobertura")
	InformeCobertura cobertura(@PathVariable String dominio) {
		return cobertura.calcular(dominioDe(dominio), activas(dominio));
	}

	private Dominio<?, ?> dominioDe(String nombre) {
		return motor.dominio(nombre).orElseThrow(() -> new DominioDesconocidoException(nombre,
				motor.dominios().stream().map(Dominio::nombre).sorted().toList()));
	}

	private ReglasDeDominio activas(String dominio) {
		return motor.activoOFalla().dominio(dominio);
	}

}
