package co.auditoria.decisiones.ges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Hecho que inserta la regla de seguimiento de una garantía pendiente: qué fracción del plazo ya pasó a la
 * fecha de evaluación. {@code proporcion} es el cociente sin redondear, el que comparan las reglas de
 * nivel de riesgo (para que "vencida" coincida con pasar la fecha límite); {@code valor} es el de la
 * respuesta, con dos decimales.
 */
public record IndiceResolucion(long diasTranscurridos, long diasPlazo) {

	public static IndiceResolucion de(LocalDate inicio, LocalDate limite, LocalDate evaluacion) {
		return new IndiceResolucion(ChronoUnit.DAYS.between(inicio, evaluacion), ChronoUnit.DAYS.between(inicio, limite));
	}

	public double proporcion() {
		return (double) diasTranscurridos / diasPlazo;
	}

	public BigDecimal valor() {
		return BigDecimal.valueOf(diasTranscurridos).divide(BigDecimal.valueOf(diasPlazo), 2, RoundingMode.HALF_UP);
	}

}
