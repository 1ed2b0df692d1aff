package co.auditoria.decisiones.concurrencia;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * El siniestro por el que el asegurado está hospitalizado. Sin origen es laboral; sin accidente de tránsito no se
 * mira el recobro al SOAT, que es {@code null} mientras no se verifica.
 */
public record Siniestro(
		@NotNull(message = "es obligatorio") @Size(max = 100, message = "admite hasta 100 caracteres") @Pattern(regexp = Texto.NO_EN_BLANCO, message = Texto.EN_BLANCO) String id,
		@NotNull(message = "es obligatorio") TipoSiniestro tipo,
		Origen origen,
		Boolean accidenteTransito,
		Boolean recobroSoatIps) {

	public Siniestro {
		origen = origen == null ? Origen.LABORAL : origen;
		accidenteTransito = Boolean.TRUE.equals(accidenteTransito);
	}

	/** La IPS no hizo el recobro al SOAT de un accidente de tránsito. */
	public boolean sinRecobroSoat() {
		return accidenteTransito && Boolean.FALSE.equals(recobroSoatIps);
	}

	/** Un accidente de tránsito cuyo recobro al SOAT por la IPS aún no se verificó. */
	public boolean recobroSoatPorVerificar() {
		return accidenteTransito && recobroSoatIps == null;
	}

}
