package co.auditoria.decisiones.reclamaciones;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;

/**
 * El catálogo {@code productos.csv}: el ramo de cada producto y el tipo de evento que ampara (cobertura). Todo
 * producto del enumerado debe tener su fila. Inmutable: las reglas lo usan como global {@code productos}.
 */
public final class ProductosPoliza {

	private final Map<Producto, TipoEvento> eventos;

	private ProductosPoliza(Map<Producto, TipoEvento> eventos) {
		this.eventos = eventos;
	}

	static ProductosPoliza desde(Catalogo catalogo) {
		Map<Producto, TipoEvento> eventos = new EnumMap<>(Producto.class);
		for (Catalogo.Fila fila : catalogo.filas()) {
			Producto producto = ColumnaEnumerada.valor(fila, "producto", Producto.class);
			ColumnaEnumerada.valor(fila, "ramo", RamoPoliza.class);
			fila.valor("descripcion"); // obligatoria: es lo que lee una persona
			if (eventos.put(producto, ColumnaEnumerada.valor(fila, "tipoEvento", TipoEvento.class)) != null) {
				throw fila.error("el producto '" + producto + "' está repetido");
			}
		}
		List<Producto> faltantes = Arrays.stream(Producto.values()).filter(producto -> !eventos.containsKey(producto)).toList();
		if (!faltantes.isEmpty()) {
			throw new CatalogoInvalidoException(catalogo.archivo(), 0, "faltan las filas de los productos " + faltantes);
		}
		return new ProductosPoliza(Map.copyOf(eventos));
	}

	/** "Cobertura": el producto ampara ese tipo de evento. */
	public boolean ampara(Producto producto, TipoEvento tipo) {
		return eventos.get(producto) == tipo;
	}

}
