package co.auditoria.decisiones.reclamaciones;

import co.auditoria.decisiones.engine.Causal;

/**
 * Hecho que inserta una regla de auditoría: una causal hallada y dónde (la reclamación, una factura o un ítem). Su
 * definición de {@code causales.csv} dice a qué alcanza y con qué efecto; la liquidación decide con ella el estado de
 * cada ítem y si la causal se lista ({@link LiquidacionReclamacion}). Se crea con {@code causales.hallazgo(...)}.
 *
 * @param factura la posición de la factura donde se halló, o {@code null} si es de la reclamación
 * @param item la posición del ítem donde se halló, o {@code null}
 */
public record Hallazgo(Causal causal, CausalesReclamacion.Definicion definicion, Integer factura, Integer item) {

	/** Una objeción de toda la reclamación: no se auditan sus facturas ni sus ítems. */
	public boolean objetaLaReclamacion() {
		return definicion.alcance() == Alcance.RECLAMACION && definicion.efecto() == EfectoCausal.OBJECION;
	}

	public boolean pendiente() {
		return definicion.efecto() == EfectoCausal.PENDIENTE;
	}

	/** El ítem está en el alcance de la causal, según su columna {@code alcance} y dónde se halló. */
	boolean alcanza(ItemReclamado otro) {
		return switch (definicion.alcance()) {
			case RECLAMACION -> true;
			case FACTURA -> factura == null || factura == otro.posicionFactura();
			case ITEM -> item != null ? item == otro.posicion() : factura == null || factura == otro.posicionFactura();
			case AMPARO -> false;
		};
	}
}
