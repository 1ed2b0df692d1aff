package co.auditoria.decisiones.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * El módulo Blackbird de Jackson en el {@code JsonMapper} de Spring (y en el lector estricto, que se deriva de él):
 * lee y escribe las propiedades y llama a los constructores de los registros con lambdas generadas en vez de por
 * reflexión. No cambia qué se acepta ni cómo se escribe; en {@code DecisionBenchmark} leer una factura de glosas
 * pasó a costar cerca de un 10 % menos de toda la decisión (README, Rendimiento).
 */
@Configuration(proxyBeanMethods = false)
class ModuloBlackbird {

	@Bean
	BlackbirdModule blackbird() {
		return new BlackbirdModule();
	}

}
