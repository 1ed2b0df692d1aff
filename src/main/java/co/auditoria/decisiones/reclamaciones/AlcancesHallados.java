package co.auditoria.decisiones.reclamaciones;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Las causales halladas por dónde alcanzan (toda la reclamación, una factura, un ítem), para no cotejar cada ítem
 * con todas: una reclamación de miles de ítems se liquida en tiempo lineal.
 */
final class AlcancesHallados {

	private final List<Hallazgo> deTodas = new ArrayList<>();

	private final Map<Integer, List<Hallazgo>> porFactura = new HashMap<>();

	private final Map<Integer, List<Hallazgo>> porItem = new HashMap<>();

	AlcancesHallados(List<Hallazgo> halladas) {
		for (Hallazgo hallazgo : halladas) {
			Alcance alcance = hallazgo.definicion().alcance();
			if (alcance == Alcance.ITEM && hallazgo.item() != null) {
				porItem.computeIfAbsent(hallazgo.item(), posicion -> new ArrayList<>()).add(hallazgo);
			}
			else if (alcance != Alcance.RECLAMACION && alcance != Alcance.AMPARO && hallazgo.factura() != null) {
				porFactura.computeIfAbsent(hallazgo.factura(), posicion -> new ArrayList<>()).add(hallazgo);
			}
			else if (alcance != Alcance.AMPARO) {
				deTodas.add(hallazgo);
			}
		}
	}

	/** Las que alcanzan al ítem, en el orden del catálogo. */
	List<Hallazgo> de(ItemReclamado item) {
		List<Hallazgo> alcanzan = new ArrayList<>(deTodas);
		alcanzan.addAll(porFactura.getOrDefault(item.posicionFactura(), List.of()));
		alcanzan.addAll(porItem.getOrDefault(item.posicion(), List.of()));
		alcanzan.removeIf(hallazgo -> !hallazgo.alcanza(item));
		alcanzan.sort(Comparator.comparingInt(hallazgo -> hallazgo.definicion().orden()));
		return alcanzan;
	}

}
