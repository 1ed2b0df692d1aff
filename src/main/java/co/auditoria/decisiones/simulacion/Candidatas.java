package co.auditoria.decisiones.simulacion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import co.auditoria.decisiones.api.SolicitudInvalidaException;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import co.auditoria.decisiones.versiones.CambioDominio;
import org.springframework.stereotype.Component;

/**
 * Arma y compila candidatas: de una copia del directorio de reglas en el servidor (cada carpeta de dominio que tenga
 * reemplaza la activa; los dominios que no tiene quedan como están) o de archivos enviados (cada uno reemplaza, o
 * añade, el archivo de esa ruta en las reglas activas de su dominio: basta enviar el que cambió).
 */
@Component
public class Candidatas {

	private static final Pattern RUTA = Pattern.compile("([a-z0-9-]+)/([A-Za-z0-9._-]+\\.(drl|csv))");

	private final MotorReglas motor;

	Candidatas(MotorReglas motor) {
		this.motor = motor;
	}

	/** @throws SolicitudInvalidaException si el directorio no existe o no tiene ninguna carpeta de dominio */
	public Candidata deDirectorio(String directorio) {
		Path ruta = Path.of(directorio).toAbsolutePath().normalize();
		if (!Files.isDirectory(ruta)) {
			throw invalida("directorio", "no existe el directorio " + ruta);
		}
		Map<String, String> propios = motor.archivosDe(ruta);
		if (propios.isEmpty()) {
			throw invalida("directorio", "no tiene ninguna carpeta de dominio (" + nombres() + ")");
		}
		Map<String, String> archivos = new TreeMap<>(motor.activoOFalla().archivos());
		propios.keySet().stream().map(archivo -> archivo.substring(0, archivo.indexOf('/'))).distinct()
			.forEach(dominio -> archivos.keySet().removeIf(archivo -> archivo.startsWith(dominio + "/")));
		archivos.putAll(propios);
		return compilar(archivos);
	}

	/**
	 * @param enviados por su ruta {@code <dominio>/<archivo>.drl} o {@code .csv}
	 * @throws SolicitudInvalidaException nombrando cada archivo cuya ruta no es de un dominio del servicio
	 */
	public Candidata deArchivos(Map<String, String> enviados) {
		List<ErrorCampo> errores = new ArrayList<>();
		enviados.keySet().forEach(ruta -> {
			var coincide = RUTA.matcher(ruta);
			if (!coincide.matches() || motor.dominio(coincide.group(1)).isEmpty()) {
				errores.add(new ErrorCampo("archivos[" + ruta + "]",
						"debe llamarse <dominio>/<archivo>.drl o .csv, con un dominio de " + nombres()));
			}
		});
		if (enviados.isEmpty()) {
			errores.add(new ErrorCampo("archivos", "envíe al menos un archivo de reglas, o un directorio"));
		}
		if (!errores.isEmpty()) {
			throw new SolicitudInvalidaException("La candidata tiene " + errores.size() + " archivo(s) inválido(s)", errores);
		}
		Map<String, String> archivos = new TreeMap<>(motor.activoOFalla().archivos());
		archivos.putAll(enviados);
		return compilar(archivos);
	}

	/** Compila con las revisiones de una recarga; si no compila, {@code ReglasInvalidasException} (422). */
	public Candidata compilar(Map<String, String> archivos) {
		ConjuntoReglas activo = motor.activoOFalla();
		ConjuntoReglas conjunto = motor.compilar(archivos);
		List<CambioDominio> cambios = new ArrayList<>();
		conjunto.dominios().forEach((dominio, reglas) -> {
			ReglasDeDominio activas = activo.dominio(dominio);
			if (activas != null && !activas.version().equals(reglas.version())) {
				cambios.add(CambioDominio.entre(activas, reglas));
			}
		});
		return new Candidata(Map.copyOf(archivos), conjunto, List.copyOf(cambios));
	}

	private String nombres() {
		return motor.dominios().stream().map(dominio -> dominio.nombre()).sorted().toList().toString();
	}

	private static SolicitudInvalidaException invalida(String campo, String mensaje) {
		return new SolicitudInvalidaException("La candidata no se puede leer", List.of(new ErrorCampo(campo, mensaje)));
	}

}
