package co.auditoria.decisiones.glosas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * El catálogo {@code soportes-exigidos.csv}: qué soporte exige cada ámbito y cada tipo de servicio. Un ítem debe
 * traer todos los que le aplican. Inmutable: las reglas lo usan como global.
 */
public final class SoportesExigidos {

	private record Exigencia(String condicion, String valor, String soporte) {
	}

	private final List<Exigencia> exigencias;

	private SoportesExigidos(List<Exigencia> exigencias) {
		this.exigencias = List.copyOf(exigencias);
	}

	static SoportesExigidos desde(Catalogo catalogo) {
		List<Exigencia> exigencias = new ArrayList<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			String condicion = fila.valor("condicion");
			String valor = fila.valor("valor");
			String soporte = fila.valor("soporte");
			Class<? extends Enum<?>> tipo = switch (condicion) {
				case "ambito" -> Ambito.class;
				case "tipoServicio" -> TipoServicio.class;
				default -> throw fila.error("condición '" + condicion + "' desconocida; use ambito o tipoServicio");
			};
			if (Arrays.stream(tipo.getEnumConstants()).noneMatch(constante -> constante.name().equals(valor))) {
				throw fila.error("'" + valor + "' no es un valor de " + condicion + ": "
						+ Arrays.stream(tipo.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			}
			if (!soporte.matches("[A-Z0-9_]+")) {
				throw fila.error("el soporte '" + soporte + "' debe ir en MAYÚSCULAS_CON_GUION_BAJO");
			}
			exigencias.add(new Exigencia(condicion, valor, soporte));
		}
		return new SoportesExigidos(exigencias);
	}

	/**
	 * Los soportes exigidos por el ámbito y el tipo de servicio que el ítem no trae, sin repetir y en orden. Sin
	 * streams: una regla lo pide para cada ítem de cada factura.
	 */
	public List<String> faltantes(Ambito ambito, TipoServicio tipoServicio, List<String> presentes) {
		List<String> faltantes = null;
		for (Exigencia exigencia : exigencias) {
			String exigido = "ambito".equals(exigencia.condicion()) ? ambito.name() : tipoServicio.name();
			if (exigencia.valor().equals(exigido) && !presentes.contains(exigencia.soporte())) {
				if (faltantes == null) {
					faltantes = new ArrayList<>(2);
				}
				if (!faltantes.contains(exigencia.soporte())) {
					faltantes.add(exigencia.soporte());
				}
			}
		}
		return faltantes == null ? List.of() : List.copyOf(faltantes);
	}
}
