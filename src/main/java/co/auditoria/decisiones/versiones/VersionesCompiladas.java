package co.auditoria.decisiones.versiones;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import co.auditoria.decisiones.api.ReglasArchivadas;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Las reglas de versiones archivadas, compiladas cuando se piden (reproducir una decisión, comparar dos versiones) y
 * guardadas las últimas {@code versiones.compiladas-en-memoria}. La versión activa de un dominio es la que ya está
 * compilada. Una versión archivada que ya no compila con el servicio de hoy (un hecho que cambió en Java) es un 422
 * con sus errores.
 */
@Component
@ConditionalOnWebApplication
class VersionesCompiladas implements ReglasArchivadas {

	private final ArchivoVersiones archivo;

	private final MotorReglas motor;

	private final Map<String, ReglasDeDominio> compiladas;

	VersionesCompiladas(ArchivoVersiones archivo, MotorReglas motor, PropiedadesVersiones propiedades) {
		this.archivo = archivo;
		this.motor = motor;
		int maximo = Math.max(1, propiedades.compiladasEnMemoria());
		this.compiladas = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, ReglasDeDominio> mayor) {
				return size() > maximo;
			}
		};
	}

	@Override
	public synchronized Optional<ReglasDeDominio> de(String dominio, String version) {
		ConjuntoReglas activo = motor.activoOFalla();
		String delDominio = archivo.conjunto(version).map(conjunto -> conjunto.versionesPorDominio().get(dominio)).orElse(version);
		ReglasDeDominio activas = activo.dominio(dominio);
		if (activas == null || delDominio == null) {
			return Optional.empty();
		}
		if (activas.version().equals(delDominio)) {
			return Optional.of(activas);
		}
		ReglasDeDominio guardadas = compiladas.get(dominio + "/" + delDominio);
		if (guardadas != null) {
			return Optional.of(guardadas);
		}
		Optional<ReglasDeDominio> compilada = archivo.archivos(dominio, delDominio).map(archivos -> compilar(activo, dominio, archivos));
		compilada.ifPresent(reglas -> compiladas.put(dominio + "/" + delDominio, reglas));
		return compilada;
	}

	/** Con los demás dominios como están activos: solo se compila el pedido. */
	private ReglasDeDominio compilar(ConjuntoReglas activo, String dominio, Map<String, String> archivos) {
		Map<String, String> todos = new TreeMap<>(activo.archivos());
		todos.keySet().removeIf(ruta -> ruta.startsWith(dominio + "/"));
		todos.putAll(archivos);
		return motor.compilar(todos).dominio(dominio);
	}

}
