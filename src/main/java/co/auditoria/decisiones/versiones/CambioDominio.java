package co.auditoria.decisiones.versiones;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.ReglaDefinida;
import co.auditoria.decisiones.engine.ReglasDeDominio;

/**
 * Qué cambió en un dominio entre dos versiones: archivos añadidos, quitados y cambiados, y reglas (por su nombre)
 * añadidas, quitadas y cambiadas. Una regla cambia si cambia su texto; moverla de línea o reindentarla no la cambia.
 */
public record CambioDominio(String dominio, String versionDesde, String versionHasta, List<String> archivosAnadidos,
		List<String> archivosQuitados, List<String> archivosCambiados, List<String> reglasAnadidas,
		List<String> reglasQuitadas, List<String> reglasCambiadas) {

	public static CambioDominio entre(ReglasDeDominio desde, ReglasDeDominio hasta) {
		Map<String, String> textosDesde = textos(desde);
		Map<String, String> textosHasta = textos(hasta);
		return new CambioDominio(hasta.dominio(), desde.version(), hasta.version(),
				soloEn(hasta.fuentes(), desde.fuentes()), soloEn(desde.fuentes(), hasta.fuentes()),
				distintos(desde.fuentes(), hasta.fuentes()), soloEn(textosHasta, textosDesde), soloEn(textosDesde, textosHasta),
				distintos(textosDesde, textosHasta));
	}

	public boolean sinCambios() {
		return versionDesde.equals(versionHasta);
	}

	private static Map<String, String> textos(ReglasDeDominio reglas) {
		return reglas.reglas().stream()
			.collect(Collectors.toMap(ReglaDefinida::nombre, regla -> normalizado(regla.texto()), (una, otra) -> una));
	}

	private static String normalizado(String texto) {
		return texto.lines().map(String::strip).filter(linea -> !linea.isEmpty()).collect(Collectors.joining("\n"));
	}

	private static List<String> soloEn(Map<String, String> unos, Map<String, String> otros) {
		return new TreeSet<>(unos.keySet()).stream().filter(clave -> !otros.containsKey(clave)).toList();
	}

	private static List<String> distintos(Map<String, String> unos, Map<String, String> otros) {
		Set<String> comunes = new TreeSet<>(unos.keySet());
		comunes.retainAll(otros.keySet());
		return comunes.stream().filter(clave -> !Objects.equals(unos.get(clave), otros.get(clave))).toList();
	}

}
