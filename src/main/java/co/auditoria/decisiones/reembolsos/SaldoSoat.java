package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;

/**
 * Hecho: lo que le falta a la póliza SOAT para agotar su tope según la certificación de la aseguradora. La ARL
 * asume las prestaciones "una vez superado el tope" (nota 2): ese saldo lo paga el SOAT, no la ARL.
 */
public record SaldoSoat(BigDecimal valor) implements HechoLiquidacion {

	/** {@code máx(0, tope − pagado)}. */
	public static SaldoSoat de(TopeSoat tope, BigDecimal pagado) {
		return new SaldoSoat(tope.valor().subtract(pagado).max(BigDecimal.ZERO));
	}
}
