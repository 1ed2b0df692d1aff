package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * El ingreso a la IPS (por urgencias u hospitalización), la notificación del caso al proveedor de auditoría, la
 * estancia esperada que asigna el auditor y el último egreso del mismo siniestro, si lo hubo.
 */
public record Hospitalizacion(
		@NotNull(message = "es obligatoria") LocalDateTime fechaHoraIngreso,
		@NotNull(message = "es obligatoria") LocalDateTime fechaHoraNotificacion,
		@Min(value = 1, message = "debe ser un entero mayor o igual a 1") Integer estanciaEsperadaDias,
		LocalDateTime fechaHoraEgresoAnterior) {

	/**
	 * Reingreso: el ingreso llega menos de {@code dias} × 24 horas después del egreso anterior del mismo siniestro
	 * (indicador P.2.14 de la Resolución 256 de 2016); 15 días exactos ya no lo son.
	 */
	public boolean esReingresoEn(int dias) {
		return fechaHoraEgresoAnterior != null && fechaHoraIngreso.isBefore(fechaHoraEgresoAnterior.plusHours(24L * dias));
	}

}
