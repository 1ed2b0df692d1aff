package co.auditoria.decisiones.reclamaciones;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.Causal;

/**
 * El catálogo {@code causales.csv} con lo que el motor no lee: el alcance y el efecto de cada causal y la acción que
 * aporta si se lista ({@code A|B}: la segunda si el siniestro es de alto costo). El orden de las filas decide qué
 * causal de un ítem lleva su valor. Inmutable: las reglas lo usan como global {@code causales}.
 */
public final class CausalesReclamacion {

	private static final String ACCION = "[A-Z][A-Z_]*";

	/** Una fila del catálogo. */
	public record Definicion(String codigo, Alcance alcance, EfectoCausal efecto, List<String> acciones,
			String descripcion, int orden) {
	}

	private final Map<String, Definicion> porCodigo;

	private CausalesReclamacion(Map<String, Definicion> porCodigo) {
		this.porCodigo = porCodigo;
	}

	static CausalesReclamacion desde(Catalogo catalogo) {
		Map<String, Definicion> porCodigo = new LinkedHashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			Definicion definicion = definicion(fila, porCodigo.size());
			if (porCodigo.putIfAbsent(definicion.codigo(), definicion) != null) {
				throw fila.error("la causal '" + definicion.codigo() + "' está repetida");
			}
		}
		return new CausalesReclamacion(Map.copyOf(porCodigo));
	}

	/**
	 * El resultado que propone una fila ({@code Dominio.resultadoDeCausal}): una objeción de toda la reclamación la
	 * objeta y una causal pendiente la deja pendiente de documentos; las demás mueven valores y el resultado lo dan
	 * las reglas de la liquidación.
	 */
	static String resultadoPropuesto(Catalogo.Fila fila) {
		Definicion definicion = definicion(fila, 0);
		if (definicion.efecto() == EfectoCausal.PENDIENTE) {
			return "PENDIENTE_DOCUMENTOS";
		}
		return definicion.alcance() == Alcance.RECLAMACION && definicion.efecto() == EfectoCausal.OBJECION ? "OBJETADA" : null;
	}

	private static Definicion definicion(Catalogo.Fila fila, int orden) {
		Alcance alcance = ColumnaEnumerada.valor(fila, "alcance", Alcance.class);
		EfectoCausal efecto = ColumnaEnumerada.valor(fila, "efecto", EfectoCausal.class);
		String accion = fila.opcional("accion");
		List<String> acciones = accion == null ? List.of() : Arrays.stream(accion.split("\\|", -1)).map(String::strip).toList();
		if (acciones.size() > 2 || acciones.stream().anyMatch(tipo -> !tipo.matches(ACCION))) {
			throw fila.error("la acción '" + accion + "' debe ser un tipo en MAYÚSCULAS o dos separados por '|'");
		}
		return new Definicion(fila.valor("codigo"), alcance, efecto, acciones, fila.valor("descripcion"), orden);
	}


	/** La definición de una causal; el compilador ya rechazó las que no están en el catálogo. */
	public Definicion definicion(Causal causal) {
		Definicion definicion = porCodigo.get(causal.codigo());
		if (definicion == null) {
			throw new IllegalStateException("Causal fuera de causales.csv: " + causal.codigo());
		}
		return definicion;
	}

	/** Una causal hallada en la reclamación. */
	public Hallazgo hallazgo(Causal causal) {
		return new Hallazgo(causal, definicion(causal), null, null);
	}

	/** Una causal hallada en una factura. */
	public Hallazgo hallazgo(Causal causal, FacturaReclamada factura) {
		return new Hallazgo(causal, definicion(causal), factura.posicion(), null);
	}

	/** Una causal hallada en un ítem. */
	public Hallazgo hallazgo(Causal causal, ItemReclamado item) {
		return new Hallazgo(causal, definicion(causal), item.posicionFactura(), item.posicion());
	}

	/** La acción que aporta una causal listada: ninguna, la única, o de dos la segunda si el siniestro es de alto costo. */
	public List<String> acciones(Causal causal, boolean altoCosto) {
		List<String> acciones = definicion(causal).acciones();
		if (acciones.size() < 2) {
			return acciones;
		}
		return List.of(acciones.get(altoCosto ? 1 : 0));
	}

	public String descripcion(Causal causal) {
		return definicion(causal).descripcion();
	}

}
