package co.auditoria.decisiones.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Las incoherencias de fechas de una solicitud que las anotaciones no expresan, dichas con la ruta de cada campo:
 * un año absurdo (con {@code +999999999} sumar un día en una regla revienta) y una fecha que no puede ser
 * posterior a otra (un evento después de la fecha de evaluación, un inicio después de la radicación). Una fecha
 * nula no se revisa: la obligatoriedad la dicen las anotaciones.
 */
public final class RevisionFechas {

	private static final int ANIO_MINIMO = 1900;

	private static final int ANIO_MAXIMO = 2999;

	private final List<ErrorCampo> errores = new ArrayList<>();

	public RevisionFechas enRango(String campo, LocalDate fecha) {
		if (fecha != null && (fecha.getYear() < ANIO_MINIMO || fecha.getYear() > ANIO_MAXIMO)) {
			errores.add(new ErrorCampo(campo, "fuera del rango admitido (años " + ANIO_MINIMO + " a " + ANIO_MAXIMO + ")"));
		}
		return this;
	}

	/** {@code campo} no puede ser posterior a {@code referencia} (si ambas vienen y están en rango). */
	public RevisionFechas noPosterior(String campo, LocalDate fecha, String campoReferencia, LocalDate referencia) {
		if (fecha != null && referencia != null && fecha.isAfter(referencia) && sinErrorEn(campo) && sinErrorEn(campoReferencia)) {
			errores.add(new ErrorCampo(campo, "no puede ser posterior a " + campoReferencia));
		}
		return this;
	}

	/** Sin streams: corre en cada solicitud válida, que casi nunca tiene errores. */
	private boolean sinErrorEn(String campo) {
		for (ErrorCampo error : errores) {
			if (campo.equals(error.campo())) {
				return false;
			}
		}
		return true;
	}

	public List<ErrorCampo> errores() {
		return errores.isEmpty() ? List.of() : List.copyOf(errores);
	}

}
