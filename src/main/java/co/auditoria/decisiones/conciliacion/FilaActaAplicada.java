package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hecho: una fila del acta aplicada a una glosa en conciliación, que queda conciliada; {@code fecha} es la del acta. */
public record FilaActaAplicada(String glosa, BigDecimal valorLevantado, LocalDate fecha) {

	public boolean levantaAlgo() {
		return valorLevantado.signum() > 0;
	}

}
