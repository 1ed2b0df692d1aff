package co.auditoria.decisiones.ges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;

/**
 * Hecho que inserta la regla de cumplimiento fuera de plazo: los días corridos de retraso sobre la fecha
 * límite y cuántas veces el plazo tomó otorgar la prestación (Anexo 5 del informe: "una vez (1) la
 * garantía corresponde a los días de plazo"), con dos decimales; sin fecha de inicio no hay veces.
 */
public record RetrasoCumplimiento(long diasRetraso, BigDecimal vecesPlazo) {

	public static RetrasoCumplimiento de(SolicitudGes garantia) {
		long dias = ChronoUnit.DAYS.between(garantia.fechaLimite(), garantia.fechaCumplimiento());
		Long plazo = garantia.diasPlazo();
		BigDecimal veces = plazo == null || plazo <= 0 ? null
				: BigDecimal.valueOf(ChronoUnit.DAYS.between(garantia.fechaInicio(), garantia.fechaCumplimiento()))
					.divide(BigDecimal.valueOf(plazo), 2, RoundingMode.HALF_UP);
		return new RetrasoCumplimiento(dias, veces);
	}

}
