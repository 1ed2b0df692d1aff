package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import co.auditoria.decisiones.engine.Causal;

/**
 * Hecho que inserta la regla de liquidación ({@code spec/reclamaciones.md}, "Liquidación"): el estado y el valor de
 * cada ítem según las causales halladas y su tarifa, el tope de cada amparo, las objeciones y los totales, con
 * {@code valorReclamado = valorReconocido + valorObjetado + valorPendiente}. Se calcula una vez; las reglas de
 * {@code liquidacion.drl} deciden con él y la respuesta lo lee. La aritmética está aquí y no en reglas porque no es
 * una condición de negocio que un analista cambie: las condiciones son las causales y su fila de {@code causales.csv}.
 */
public final class LiquidacionReclamacion {

	private final List<ItemLiquidado> liquidacion = new ArrayList<>();

	private final List<Objecion> objeciones = new ArrayList<>();

	private final List<SaldoAmparo> amparos = new ArrayList<>();

	private final Map<String, Causal> registradas = new LinkedHashMap<>();

	private BigDecimal valorReclamado = Dinero.CERO;

	private BigDecimal valorPendiente = Dinero.CERO;

	private LiquidacionReclamacion() {
	}

	/**
	 * @param items los {@link ItemReclamado} de la sesión
	 * @param tarifas los {@link TarifaItem}; un ítem sin tarifa se liquida por lo facturado
	 * @param hallazgos los {@link Hallazgo} de la sesión
	 * @param tope la causal del exceso sobre el disponible de un amparo
	 */
	public static LiquidacionReclamacion de(SolicitudReclamacion solicitud, Collection<?> items, Collection<?> tarifas,
			Collection<?> hallazgos, CausalesReclamacion.Definicion tope) {
		List<Hallazgo> halladas = hallazgos.stream().map(Hallazgo.class::cast)
			.sorted(Comparator.comparingInt(hallazgo -> hallazgo.definicion().orden())).toList();
		Map<Integer, TarifaItem> porItem = new HashMap<>();
		tarifas.forEach(tarifa -> porItem.putIfAbsent(((TarifaItem) tarifa).item().posicion(), (TarifaItem) tarifa));
		List<ItemReclamado> ordenados = items.stream().map(ItemReclamado.class::cast)
			.sorted(Comparator.comparingInt(ItemReclamado::posicion)).toList();
		LiquidacionReclamacion liquidada = new LiquidacionReclamacion();
		ordenados.forEach(item -> liquidada.valorReclamado = liquidada.valorReclamado.add(item.valorFacturado()));
		List<Hallazgo> deLaReclamacion = halladas.stream().filter(Hallazgo::objetaLaReclamacion).toList();
		if (deLaReclamacion.isEmpty()) {
			AlcancesHallados alcances = new AlcancesHallados(halladas);
			ordenados.forEach(item -> liquidada.liquidar(item, porItem.get(item.posicion()), alcances.de(item)));
		}
		else {
			liquidada.objetarTodo(ordenados, porItem, deLaReclamacion);
		}
		liquidada.topar(solicitud, tope);
		return liquidada;
	}

	/** Punto 3: solo se listan las objeciones de la reclamación y todo ítem queda objetado; la primera lleva lo reclamado. */
	private void objetarTodo(List<ItemReclamado> items, Map<Integer, TarifaItem> tarifas, List<Hallazgo> deLaReclamacion) {
		for (Hallazgo hallazgo : deLaReclamacion) {
			if (registrar(hallazgo)) {
				objeciones.add(new Objecion(null, null, null, hallazgo.causal().codigo(),
						objeciones.isEmpty() ? valorReclamado : Dinero.CERO, hallazgo.definicion().descripcion()));
			}
		}
		items.forEach(item -> liquidacion.add(liquidado(item, tarifas.get(item.posicion()), Dinero.CERO, EstadoItem.OBJETADO)));
	}

	/**
	 * Objetado si le alcanza una objeción (la primera en el orden del catálogo lleva lo facturado, las demás 0); si no,
	 * pendiente si le alcanza una causal pendiente; si no, liquidado. Un ítem no objetado se liquida a su tarifa si una
	 * causal de tarifa objetó la diferencia.
	 */
	private void liquidar(ItemReclamado item, TarifaItem tarifa, List<Hallazgo> alcanzan) {
		alcanzan.stream().filter(con(EfectoCausal.OBJECION_PARCIAL)).forEach(this::registrar);
		List<Hallazgo> objetan = alcanzan.stream().filter(con(EfectoCausal.OBJECION)).toList();
		if (!objetan.isEmpty()) {
			objetan.stream().map(hallazgo -> hallazgo.causal().codigo()).distinct().forEach(codigo -> {
				Hallazgo hallazgo = objetan.stream().filter(de -> de.causal().codigo().equals(codigo)).findFirst().orElseThrow();
				registrar(hallazgo);
				objeciones.add(objecion(item, hallazgo, objetan.get(0) == hallazgo ? item.valorFacturado() : Dinero.CERO));
			});
			liquidacion.add(liquidado(item, tarifa, Dinero.CERO, EstadoItem.OBJETADO));
			return;
		}
		BigDecimal valor = item.valorFacturado();
		Hallazgo deTarifa = alcanzan.stream().filter(con(EfectoCausal.OBJECION_PARCIAL)).findFirst().orElse(null);
		if (deTarifa != null && tarifa != null && tarifa.excedida()) {
			valor = tarifa.valorTarifa();
			objeciones.add(objecion(item, deTarifa, item.valorFacturado().subtract(valor)));
		}
		List<Hallazgo> pendientes = alcanzan.stream().filter(con(EfectoCausal.PENDIENTE)).toList();
		pendientes.forEach(this::registrar);
		if (!pendientes.isEmpty()) {
			valorPendiente = valorPendiente.add(valor);
		}
		liquidacion.add(liquidado(item, tarifa, valor, pendientes.isEmpty() ? EstadoItem.LIQUIDADO : EstadoItem.PENDIENTE));
	}

	/** Punto 5: el tope de cada amparo contratado, en el orden de la póliza; el exceso es una objeción del amparo. */
	private void topar(SolicitudReclamacion solicitud, CausalesReclamacion.Definicion tope) {
		for (AmparoContratado contratado : solicitud.poliza().amparos()) {
			BigDecimal liquidado = liquidacion.stream()
				.filter(item -> item.estado() == EstadoItem.LIQUIDADO && item.amparo() == contratado.amparo())
				.map(ItemLiquidado::valorLiquidado).reduce(Dinero.CERO, BigDecimal::add);
			SaldoAmparo saldo = SaldoAmparo.de(contratado, solicitud.reconocimientosPrevios(), liquidado);
			amparos.add(saldo);
			if (saldo.exceso().signum() > 0) {
				objeciones.add(new Objecion(null, null, saldo.amparo(), tope.codigo(), saldo.exceso(), tope.descripcion()));
			}
		}
	}

	private static Predicate<Hallazgo> con(EfectoCausal efecto) {
		return hallazgo -> hallazgo.definicion().efecto() == efecto;
	}

	/** La causal se lista (una vez); dice si es la primera vez. */
	private boolean registrar(Hallazgo hallazgo) {
		return registradas.putIfAbsent(hallazgo.causal().codigo(), hallazgo.causal()) == null;
	}

	private static Objecion objecion(ItemReclamado item, Hallazgo hallazgo, BigDecimal valor) {
		return new Objecion(item.item().id(), item.factura().numero(), item.item().amparo(), hallazgo.causal().codigo(),
				valor, hallazgo.definicion().descripcion());
	}

	private static ItemLiquidado liquidado(ItemReclamado item, TarifaItem tarifa, BigDecimal valor, EstadoItem estado) {
		return new ItemLiquidado(item.item().id(), item.factura().numero(), item.item().amparo(),
				tarifa == null ? TarifaAplicada.PROPIA : tarifa.tarifa(), item.valorFacturado(), valor, estado);
	}

	public List<ItemLiquidado> liquidacion() {
		return List.copyOf(liquidacion);
	}

	/** Las de la reclamación, las de los ítems en el orden de la solicitud y las de los amparos. */
	public List<Objecion> objeciones() {
		return List.copyOf(objeciones);
	}

	/** Los amparos contratados, en el orden de la póliza. */
	public List<SaldoAmparo> amparos() {
		return List.copyOf(amparos);
	}

	/** Las causales halladas que se listan: las de objeción, y las pendientes que dejan algún ítem pendiente. */
	public List<Causal> causalesRegistradas() {
		return List.copyOf(registradas.values());
	}

	public BigDecimal valorReclamado() {
		return valorReclamado;
	}

	public BigDecimal valorReconocido() {
		return amparos.stream().map(SaldoAmparo::valorReconocido).reduce(Dinero.CERO, BigDecimal::add);
	}

	public BigDecimal valorPendiente() {
		return valorPendiente;
	}

	/** {@code valorReclamado − valorReconocido − valorPendiente}, que es la suma de las objeciones. */
	public BigDecimal valorObjetado() {
		return valorReclamado.subtract(valorReconocido()).subtract(valorPendiente);
	}

	/** Nada reconocido ni pendiente: todo quedó objetado. */
	public boolean todoObjetado() {
		return valorReconocido().signum() == 0 && valorPendiente.signum() == 0;
	}

	public boolean conObjeciones() {
		return valorObjetado().signum() > 0;
	}

	/** Lo liquidado de algún amparo supera su disponible. */
	public boolean superaAlgunTope() {
		return amparos.stream().anyMatch(amparo -> amparo.exceso().signum() > 0);
	}
}
