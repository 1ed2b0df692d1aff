package co.auditoria.decisiones.concurrencia;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Lo que el auditor encontró en la concurrencia: fallas del servicio, eventos adversos, servicios no pertinentes y
 * autorizaciones emitidas que no se consumieron. Cada lista ausente es vacía.
 */
public record Hallazgos(
		@Size(max = 20, message = "admite hasta 20 fallas") List<@NotNull(message = "no puede ser nula") FallaServicio> fallasServicio,
		@Size(max = 50, message = "admite hasta 50 eventos adversos") List<@NotNull(message = "no puede ser nulo") @Size(max = 500, message = "admite hasta 500 caracteres") @Pattern(regexp = Texto.NO_EN_BLANCO, message = Texto.EN_BLANCO) String> eventosAdversos,
		@Size(max = 200, message = "admite hasta 200 servicios") List<@NotNull(message = "no puede ser nulo") @Valid ServicioNoPertinente> serviciosNoPertinentes,
		@Size(max = 200, message = "admite hasta 200 autorizaciones") List<@NotNull(message = "no puede ser nula") @Size(max = 50, message = "admite hasta 50 caracteres") @Pattern(regexp = Texto.NO_EN_BLANCO, message = Texto.EN_BLANCO) String> autorizacionesNoConsumidas) {

	static final Hallazgos NINGUNO = new Hallazgos(null, null, null, null);

	public Hallazgos {
		fallasServicio = fallasServicio == null ? List.of() : fallasServicio;
		eventosAdversos = eventosAdversos == null ? List.of() : eventosAdversos;
		serviciosNoPertinentes = serviciosNoPertinentes == null ? List.of() : serviciosNoPertinentes;
		autorizacionesNoConsumidas = autorizacionesNoConsumidas == null ? List.of() : autorizacionesNoConsumidas;
	}

	/** Los eventos adversos son texto libre y pueden nombrar al paciente: solo las cuentas van a un log. */
	@Override
	public String toString() {
		return "Hallazgos[fallasServicio=" + fallasServicio + ", eventosAdversos=" + eventosAdversos.size()
				+ ", serviciosNoPertinentes=" + serviciosNoPertinentes.size() + ", autorizacionesNoConsumidas="
				+ autorizacionesNoConsumidas.size() + "]";
	}

}
