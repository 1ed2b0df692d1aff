package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * La ampliación de los tiempos de gestión notificada al líder de prestaciones asistenciales (seed 001, "con el fin
 * de ampliar los tiempos de gestión para que no afecten los Acuerdo de Niveles de Servicio"). El tope de días
 * hábiles es una decisión de producto: más que un año de días hábiles no es una ampliación sino otro proceso.
 */
public record AmpliacionAns(
		@NotNull(message = "es obligatorio") MotivoAmpliacion motivo,
		@NotNull(message = "es obligatoria") LocalDate fechaNotificacionLider,
		@NotNull(message = "es obligatorio") @Positive(message = "debe ser mayor que 0")
		@Max(value = 250, message = "no puede superar 250 días hábiles") Integer diasHabiles) {

	/** Se notificó al líder a más tardar el día en que vence el plazo sin ampliar. */
	public boolean notificadaAMasTardarEl(LocalDate vencimiento) {
		return !fechaNotificacionLider.isAfter(vencimiento);
	}

}
