package co.auditoria.decisiones.api;

import java.util.LinkedHashMap;
import java.util.Map;

import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} dice qué versión de reglas está activa, en total y por dominio. */
@Component
class InfoReglas implements InfoContributor {

	private final MotorReglas motor;

	InfoReglas(MotorReglas motor) {
		this.motor = motor;
	}

	@Override
	public void contribute(Info.Builder info) {
		ConjuntoReglas activo = motor.activo();
		if (activo == null) {
			info.withDetail("versionReglas", "ninguna");
			return;
		}
		Map<String, String> dominios = new LinkedHashMap<>();
		activo.dominios().forEach((nombre, reglas) -> dominios.put(nombre, reglas.version()));
		info.withDetail("versionReglas", activo.version())
			.withDetail("reglas", Map.of("cargadasEn", activo.cargadoEn().toString(), "dominios", dominios));
	}

}
