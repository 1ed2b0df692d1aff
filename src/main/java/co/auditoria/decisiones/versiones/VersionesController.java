package co.auditoria.decisiones.versiones;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import co.auditoria.decisiones.api.Cliente;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Las versiones activadas, qué cambió entre dos, y la reversión a una de ellas. */
@RestController
@ConditionalOnWebApplication
class VersionesController {

	private final ArchivoVersiones archivo;

	private final VersionesCompiladas compiladas;

	private final Reversion reversion;

	private final MotorReglas motor;

	VersionesController(ArchivoVersiones archivo, VersionesCompiladas compiladas, Reversion reversion, MotorReglas motor) {
		this.archivo = archivo;
		this.compiladas = compiladas;
		this.reversion = reversion;
		this.motor = motor;
	}

	@Operation(summary = "Las activaciones archivadas, de la más reciente a la más antigua: versionReglas (total y por "
			+ "dominio), cuándo, quién (el cliente de la clave) y qué archivos cambiaron")
	@GetMapping("/api/v1/reglas/versiones")
	Map<String, Object> versiones() {
		ConjuntoReglas activo = activo();
		List<Map<String, Object>> versiones = new ArrayList<>();
		List<Activacion> activaciones = archivo.activaciones();
		for (int i = 0; i < activaciones.size(); i++) {
			Activacion activacion = activaciones.get(i);
			Set<String> anteriores = new HashSet<>();
			activaciones.subList(i + 1, activaciones.size()).forEach(vieja -> anteriores.add(vieja.versionReglas()));
			Map<String, Object> version = new LinkedHashMap<>();
			version.put("versionReglas", activacion.versionReglas());
			version.put("activa", i == 0 && activacion.versionReglas().equals(activo.version()));
			// Volver a una versión que ya estuvo activa es una reversión (o una candidata igual a una pasada).
			version.put("yaEstuvoActiva", anteriores.contains(activacion.versionReglas()));
			version.put("cuando", activacion.cuando().toString());
			version.put("quien", activacion.quien());
			version.put("versionAnterior", activacion.versionAnterior());
			version.put("versionesPorDominio", activacion.versionesPorDominio());
			version.put("archivosCambiados", activacion.archivosCambiados());
			versiones.add(version);
		}
		return Map.of("versionActiva", activo.version(), "versiones", versiones);
	}

	@Operation(summary = "Qué cambió entre dos versiones (de conjunto o de dominio): archivos y reglas añadidos, quitados "
			+ "y cambiados, por dominio; sin 'hasta', contra la activa")
	@GetMapping("/api/v1/reglas/diferencias")
	Map<String, Object> diferencias(@RequestParam String desde, @RequestParam(required = false) String hasta) {
		ConjuntoReglas activo = activo();
		String destino = hasta == null || hasta.isBlank() ? activo.version() : hasta;
		Map<String, String> uno = versionesDe(desde, activo);
		Map<String, String> otro = versionesDe(destino, activo);
		List<CambioDominio> cambios = new ArrayList<>();
		new TreeMap<>(uno).forEach((dominio, version) -> {
			String otra = otro.get(dominio);
			if (otra != null && !otra.equals(version)) {
				cambios.add(CambioDominio.entre(reglas(dominio, version), reglas(dominio, otra)));
			}
		});
		return Map.of("desde", desde, "hasta", destino, "dominios", cambios);
	}

	@Operation(summary = "Vuelve de forma atómica a una versión archivada (de conjunto: todos sus dominios; de dominio: "
			+ "solo ese); la escribe en el directorio de reglas y recarga. 404 si no está archivada")
	@PostMapping("/api/v1/reglas/revertir")
	Map<String, Object> revertir(@RequestParam String versionReglas) {
		ConjuntoReglas anterior = activo();
		ConjuntoReglas ahora = reversion.revertir(versionReglas.strip(), Cliente.actual());
		Map<String, String> dominios = new LinkedHashMap<>();
		ahora.dominios().forEach((nombre, reglas) -> dominios.put(nombre, reglas.version()));
		return Map.of("revertidas", true, "versionAnterior", anterior.version(), "versionReglas", ahora.version(),
				"dominios", dominios);
	}

	/** Una versión de conjunto con todos sus dominios; una de dominio, con ese solo; la activa, aunque no esté archivada. */
	private Map<String, String> versionesDe(String version, ConjuntoReglas activo) {
		if (version.equals(activo.version())) {
			Map<String, String> activas = new TreeMap<>();
			activo.dominios().forEach((nombre, reglas) -> activas.put(nombre, reglas.version()));
			return activas;
		}
		return archivo.resolver(version.strip()).orElseThrow(() -> Reversion.desconocida(version));
	}

	private ReglasDeDominio reglas(String dominio, String version) {
		return compiladas.de(dominio, version).orElseThrow(() -> Reversion.desconocida(version));
	}

	private ConjuntoReglas activo() {
		return motor.activoOFalla();
	}

}
