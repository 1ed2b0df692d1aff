package co.auditoria.decisiones.conciliacion;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Una glosa de la factura con su historia: la respuesta del prestador y la decisión del auditor, si las hay. Una
 * {@link OrigenGlosa#NUEVA} trae su propia notificación y la glosa en cuya respuesta se vio el hecho que la causa.
 */
public record GlosaFormulada(
		@NotBlank(message = "es obligatorio") String id,
		String item,
		@NotBlank(message = "es obligatorio") String codigo,
		String codigoManual,
		@NotNull(message = "es obligatorio") @DecimalMin(value = "0", inclusive = false, message = "debe ser mayor que 0")
		@Digits(integer = 15, fraction = 2, message = "debe ser un valor en pesos con máximo dos decimales") BigDecimal valor,
		OrigenGlosa origen,
		@Valid Notificacion notificacion,
		String surgeDeLaRespuesta,
		@Valid RespuestaPrestador respuestaPrestador,
		@Valid DecisionAuditor decisionAuditor) {

	public GlosaFormulada {
		origen = origen == null ? OrigenGlosa.INICIAL : origen;
	}

	public boolean nueva() {
		return origen == OrigenGlosa.NUEVA;
	}

	/** Lo que el prestador acepta según su respuesta tal como viene: todo, la parte aceptada o nada. */
	BigDecimal aceptadoSegunRespuesta() {
		if (respuestaPrestador == null) {
			return BigDecimal.ZERO;
		}
		return switch (respuestaPrestador.tipo()) {
			case ACEPTA_TOTAL -> valor;
			case ACEPTA_PARCIAL -> respuestaPrestador.valorAceptado() == null ? BigDecimal.ZERO : respuestaPrestador.valorAceptado();
			default -> BigDecimal.ZERO;
		};
	}

	/** Lo que levanta la decisión tal como viene, sobre lo que el prestador no aceptó. */
	BigDecimal levantadoSegunDecision() {
		if (decisionAuditor == null) {
			return BigDecimal.ZERO;
		}
		return switch (decisionAuditor.tipo()) {
			case LEVANTA_TOTAL -> valor.subtract(aceptadoSegunRespuesta());
			case LEVANTA_PARCIAL -> decisionAuditor.valorLevantado() == null ? BigDecimal.ZERO : decisionAuditor.valorLevantado();
			case RATIFICA -> BigDecimal.ZERO;
		};
	}

}
