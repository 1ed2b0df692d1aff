package co.auditoria.decisiones.cie10;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.ListasDeCatalogo;

/**
 * Listas de rangos de códigos CIE-10 leídas de un catálogo CSV con columnas
 * {@code lista,desde,hasta,descripcion}. Un rango incluye sus subcategorías: {@code S32.0–S32.2} incluye
 * {@code S32.01}, y {@code S72–S72} toda la categoría S72. Una categoría sola ({@code S32}) no cae en un
 * rango de subcategorías porque no dice cuál es. Inmutable: las reglas lo usan como global.
 */
public final class RangosCie10 implements ListasDeCatalogo {

	private final String archivo;

	private final Map<String, Rango[]> porLista;

	private final Map<String, Long> lineas;

	private RangosCie10(String archivo, Map<String, Rango[]> porLista, Map<String, Long> lineas) {
		this.archivo = archivo;
		this.porLista = porLista;
		this.lineas = lineas;
	}

	public static RangosCie10 desde(Catalogo catalogo) {
		List<Rango> rangos = new ArrayList<>();
		Map<String, Long> lineas = new LinkedHashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			lineas.putIfAbsent(fila.valor("lista"), fila.linea());
			String desde = fila.valor("desde");
			String hasta = fila.opcional("hasta") == null ? desde : fila.opcional("hasta");
			if (!Cie10.valido(desde) || !Cie10.valido(hasta)) {
				throw fila.error("código CIE-10 inválido en el rango " + desde + "–" + hasta);
			}
			Rango rango = new Rango(fila.valor("lista"), Cie10.normalizar(desde), Cie10.normalizar(hasta));
			if (rango.desde().compareTo(rango.hasta()) > 0) {
				throw fila.error("el rango empieza después de terminar: " + desde + "–" + hasta);
			}
			rangos.add(rango);
		}
		Map<String, Rango[]> porLista = new HashMap<>();
		rangos.stream().collect(Collectors.groupingBy(Rango::lista))
			.forEach((lista, deLaLista) -> porLista.put(lista, deLaLista.toArray(Rango[]::new)));
		return new RangosCie10(catalogo.archivo(), Map.copyOf(porLista), Map.copyOf(lineas));
	}

	/** Si el código está en algún rango de la lista. Lo llaman las reglas por cada diagnóstico: sin streams. */
	public boolean en(String lista, String codigo) {
		Rango[] rangos = porLista.get(lista);
		if (rangos == null || codigo == null) {
			return false;
		}
		String normalizado = Cie10.normalizar(codigo);
		for (Rango rango : rangos) {
			if (rango.incluye(normalizado)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String archivo() {
		return archivo;
	}

	@Override
	public Map<String, Long> listas() {
		return lineas;
	}

	record Rango(String lista, String desde, String hasta) {

		boolean incluye(String codigo) {
			String prefijo = codigo.substring(0, Math.min(codigo.length(), hasta.length()));
			return codigo.compareTo(desde) >= 0 && prefijo.compareTo(hasta) <= 0;
		}

	}

}
