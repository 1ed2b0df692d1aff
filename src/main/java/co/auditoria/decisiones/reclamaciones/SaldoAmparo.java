package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;
import java.util.List;

/**
 * El tope de un amparo contratado ({@code amparos} de la respuesta): el valor asegurado menos lo reconocido antes
 * en el siniestro es lo disponible; se reconoce lo liquidado hasta ese disponible y el exceso se objeta.
 */
public record SaldoAmparo(Amparo amparo, BigDecimal valorAsegurado, BigDecimal reconocidoPrevio, BigDecimal disponible,
		BigDecimal valorLiquidado, BigDecimal valorReconocido, BigDecimal saldo) {

	/** @param liquidado la suma de lo liquidado de sus ítems {@code LIQUIDADO} (lo pendiente no consume tope) */
	static SaldoAmparo de(AmparoContratado contratado, List<ReconocimientoPrevio> previos, BigDecimal liquidado) {
		BigDecimal previo = Dinero.redondear(previos.stream().filter(reconocido -> reconocido.amparo() == contratado.amparo())
			.map(ReconocimientoPrevio::valor).reduce(BigDecimal.ZERO, BigDecimal::add));
		BigDecimal asegurado = Dinero.redondear(contratado.valorAsegurado());
		BigDecimal disponible = asegurado.subtract(previo).max(Dinero.CERO);
		BigDecimal reconocido = liquidado.min(disponible);
		return new SaldoAmparo(contratado.amparo(), asegurado, previo, disponible, liquidado, reconocido,
				disponible.subtract(reconocido));
	}

	/** Lo liquidado que no cabe en el disponible. */
	public BigDecimal exceso() {
		return valorLiquidado.subtract(valorReconocido);
	}
}
