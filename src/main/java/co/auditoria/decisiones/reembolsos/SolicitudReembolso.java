package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Una solicitud de reembolso de prestaciones asistenciales o traslados pagados por el trabajador o su empleador
 * ({@code spec/reembolsos.md}). Es también el hecho principal de las reglas de {@code rules/reembolsos/}; cada
 * ítem entra además como {@link ItemReembolso} y cada reembolso previo del historial como {@link Antecedente}.
 * Trae datos personales del afiliado: {@link #toString()} solo muestra el número del reembolso.
 *
 * @param etapa {@code AUDITORIA} si no viene
 * @param fechaConciliacion obligatoria si y solo si la etapa es {@code CONCILIACION}
 * @param fechaRequerimientoCorreo el día en que llegó un correo del solicitante con aclaraciones o documentos
 */
public record SolicitudReembolso(
		@NotNull(message = "es obligatorio") @Valid Reembolso reembolso,
		@NotNull(message = "es obligatorio") @Valid Afiliado afiliado,
		@NotNull(message = "es obligatorio") @Valid Siniestro siniestro,
		@Valid CertificacionSoat certificacionSoat,
		@NotEmpty(message = "debe traer al menos un ítem") List<@NotNull(message = "no puede ser nulo") @Valid Item> items,
		List<@NotNull(message = "no puede ser nulo") @Valid Antecedente> historial,
		List<@NotNull(message = "no puede ser nulo") HallazgoAuditor> hallazgosAuditor,
		Etapa etapa,
		LocalDate fechaConciliacion,
		LocalDate fechaRequerimientoCorreo,
		LocalDate fechaEvaluacion) {

	public SolicitudReembolso {
		historial = historial == null ? List.of() : historial;
		hallazgosAuditor = hallazgosAuditor == null ? List.of() : hallazgosAuditor;
		etapa = etapa == null ? Etapa.AUDITORIA : etapa;
	}

	/** La suma de lo pagado y pedido en los ítems. */
	public BigDecimal valorSolicitado() {
		BigDecimal total = BigDecimal.ZERO;
		for (Item item : items) {
			total = total.add(item.valor());
		}
		return total;
	}

	/**
	 * Origen común en firme: se reconoce lo que traiga autorización y se reporta como posible recobro a casa matriz
	 * (seed 001, "6. AUDITORIA DE REEMBOLSOS ACTIVIDADES").
	 */
	public boolean origenComunEnFirme() {
		return siniestro.origen() == Origen.COMUN && siniestro.origenEnFirme();
	}

	@Override
	public String toString() {
		return "SolicitudReembolso[reembolso=" + (reembolso == null ? null : reembolso.numero()) + "]";
	}
}
