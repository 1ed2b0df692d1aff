package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import co.auditoria.decisiones.engine.Causal;

/**
 * Hecho que inserta la regla de liquidación: el valor de cada ítem repartido entre objetado, pendiente y aprobado
 * con los hechos que dejaron las causales ({@code spec/reembolsos.md}, "Valor de cada ítem, en orden"): (1) una
 * causal que objeta todo objeta el valor; (2) si no, la diferencia de tarifa; (3) con causal de pendiente, lo que
 * quede queda pendiente; (4) lo demás es aprobable; (5) el saldo SOAT se imputa a las prestaciones aprobables en el
 * orden de {@code items}; (6) con la calificación pendiente, lo aprobable que quede pasa a pendiente. Así
 * {@code valorAprobado = valorSolicitado − valorObjetado − valorPendiente} siempre. Las reglas de
 * {@code liquidacion.drl} deciden el resultado con él y la respuesta lo lee: se calcula una vez. La aritmética
 * sobre todos los ítems a la vez está aquí y no en reglas porque no es una condición que un analista cambie.
 */
public final class LiquidacionReembolso {

	/** Un ítem objetado, con todas sus causales (las de la solicitud van solo en {@link Pendiente}). */
	public record Objecion(String item, String numeroComprobante, BigDecimal valor,
			List<ConceptosCausales.CausalObjecion> causales) {
	}

	/** Un ítem con valor pendiente, sus causales de pendiente y los documentos que faltan. */
	public record Pendiente(String item, BigDecimal valor, List<String> causales, List<String> soportesFaltantes) {
	}

	private BigDecimal valorSolicitado = BigDecimal.ZERO;

	private BigDecimal valorObjetado = BigDecimal.ZERO;

	private BigDecimal valorPendiente = BigDecimal.ZERO;

	private BigDecimal valorPosibleRecobro = BigDecimal.ZERO;

	private final List<Objecion> objeciones = new ArrayList<>();

	private final List<Pendiente> pendientes = new ArrayList<>();

	private final Set<Causal> causales = new LinkedHashSet<>();

	private LiquidacionReembolso() {
	}

	/**
	 * @param items los {@link ItemReembolso} de la sesión
	 * @param hechos los {@link HechoLiquidacion} de la sesión
	 * @param causalSoat la causal de lo imputado al saldo SOAT
	 */
	public static LiquidacionReembolso de(Collection<?> items, Collection<?> hechos, Causal causalSoat,
			ConceptosCausales conceptos) {
		List<ItemReembolso> ordenados = new ArrayList<>();
		items.forEach(item -> ordenados.add((ItemReembolso) item));
		ordenados.sort(Comparator.comparingInt(ItemReembolso::posicion));
		List<CausalItem> causalesItem = new ArrayList<>();
		Set<Integer> recobros = new TreeSet<>();
		Causal calificacion = null;
		BigDecimal saldoSoat = BigDecimal.ZERO;
		LiquidacionReembolso liquidacion = new LiquidacionReembolso();
		for (Object hecho : hechos) {
			if (hecho instanceof CausalItem causal) {
				causalesItem.add(causal);
			}
			else if (hecho instanceof PosibleRecobro recobro) {
				recobros.add(recobro.posicion());
			}
			else if (hecho instanceof SaldoSoat saldo) {
				saldoSoat = saldo.valor();
			}
			else if (hecho instanceof CalificacionPendiente pendiente) {
				calificacion = pendiente.causal();
			}
		}
		causalesItem.forEach(causal -> liquidacion.causales.add(causal.causal()));
		if (calificacion != null) {
			liquidacion.causales.add(calificacion);
		}
		for (ItemReembolso item : ordenados) {
			List<CausalItem> propias = causalesItem.stream().filter(causal -> causal.posicion() == item.posicion()).toList();
			saldoSoat = liquidacion.liquidar(item, propias, saldoSoat, recobros.contains(item.posicion()), calificacion,
					causalSoat, conceptos);
		}
		return liquidacion;
	}

	/** Liquida un ítem y devuelve el saldo SOAT que queda para los siguientes. */
	private BigDecimal liquidar(ItemReembolso item, List<CausalItem> propias, BigDecimal saldoSoat, boolean recobro,
			Causal calificacion, Causal causalSoat, ConceptosCausales conceptos) {
		BigDecimal valor = item.valor();
		BigDecimal objetado = propias.stream().anyMatch(causal -> causal.efecto() == EfectoCausal.OBJETA) ? valor
				: propias.stream().filter(causal -> causal.efecto() == EfectoCausal.OBJETA_DIFERENCIA).map(CausalItem::valor)
					.reduce(BigDecimal.ZERO, BigDecimal::add).min(valor);
		List<CausalItem> dePendiente = propias.stream().filter(causal -> causal.efecto() == EfectoCausal.PENDIENTE).toList();
		BigDecimal pendiente = dePendiente.isEmpty() ? BigDecimal.ZERO : valor.subtract(objetado);
		BigDecimal aprobable = valor.subtract(objetado).subtract(pendiente);
		List<String> codigos = new ArrayList<>(propias.stream().map(CausalItem::codigo).toList());
		if (item.esPrestacion() && aprobable.signum() > 0 && saldoSoat.signum() > 0) {
			BigDecimal imputado = saldoSoat.min(aprobable);
			objetado = objetado.add(imputado);
			aprobable = aprobable.subtract(imputado);
			saldoSoat = saldoSoat.subtract(imputado);
			codigos.add(causalSoat.codigo());
			causales.add(causalSoat);
		}
		List<String> codigosPendiente = new ArrayList<>(dePendiente.stream().map(CausalItem::codigo).toList());
		if (calificacion != null) {
			pendiente = pendiente.add(aprobable);
			aprobable = BigDecimal.ZERO;
			codigosPendiente.add(calificacion.codigo());
		}
		valorSolicitado = valorSolicitado.add(valor);
		valorObjetado = valorObjetado.add(objetado);
		valorPendiente = valorPendiente.add(pendiente);
		if (recobro) {
			valorPosibleRecobro = valorPosibleRecobro.add(aprobable);
		}
		if (objetado.signum() > 0) {
			objeciones.add(new Objecion(item.id(), item.item().comprobante().numero(), objetado,
					conceptos.ordenar(codigos).stream().map(conceptos::describir).toList()));
		}
		if (pendiente.signum() > 0) {
			pendientes.add(new Pendiente(item.id(), pendiente, conceptos.ordenar(codigosPendiente),
					dePendiente.stream().map(CausalItem::documento).filter(Objects::nonNull).distinct().sorted().toList()));
		}
		return saldoSoat;
	}

	public BigDecimal valorSolicitado() {
		return valorSolicitado;
	}

	public BigDecimal valorObjetado() {
		return valorObjetado;
	}

	public BigDecimal valorPendiente() {
		return valorPendiente;
	}

	public BigDecimal valorAprobado() {
		return valorSolicitado.subtract(valorObjetado).subtract(valorPendiente);
	}

	public BigDecimal valorPosibleRecobro() {
		return valorPosibleRecobro;
	}

	public List<Objecion> objeciones() {
		return List.copyOf(objeciones);
	}

	public List<Pendiente> pendientes() {
		return List.copyOf(pendientes);
	}

	/** Las causales de la decisión: las de los ítems, la de la calificación y la del saldo SOAT si se imputó. */
	public List<Causal> causales() {
		return List.copyOf(causales);
	}

	/** Se objeta todo lo solicitado. */
	public boolean objetadoTotal() {
		return valorObjetado.compareTo(valorSolicitado) == 0;
	}

	/** Se objeta algo, menos que lo solicitado. */
	public boolean objetadoParcial() {
		return valorObjetado.signum() > 0 && !objetadoTotal();
	}

	public boolean tienePendiente() {
		return valorPendiente.signum() > 0;
	}

	public boolean tienePosibleRecobro() {
		return valorPosibleRecobro.signum() > 0;
	}
}
