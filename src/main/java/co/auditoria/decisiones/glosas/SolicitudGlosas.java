package co.auditoria.decisiones.glosas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Una factura en auditoría inicial de cuentas médicas ({@code spec/glosas.md}). Es también el hecho principal de
 * las reglas de {@code rules/glosas/}; cada ítem entra además como {@link ItemFactura}.
 */
public record SolicitudGlosas(
		@NotNull(message = "es obligatoria") @Valid Factura factura,
		@NotNull(message = "es obligatorio") @Valid Prestador prestador,
		@NotNull(message = "es obligatorio") @Valid Usuario usuario,
		@NotNull(message = "es obligatorio") @Valid Siniestro siniestro,
		@NotNull(message = "es obligatoria") @Valid Afiliacion afiliacion,
		RespuestaGerencia respuestaGerenciaMedica,
		@NotNull(message = "es obligatorio") Ambito ambito,
		@NotNull(message = "es obligatorio") Tarifario tarifario,
		@NotEmpty(message = "debe traer al menos un ítem") List<@NotNull(message = "no puede ser nulo") @Valid Item> items,
		LocalDate fechaEvaluacion) {

	/** Cuánto excede el total de la factura a la suma de sus ítems (cero si no la excede). */
	public BigDecimal excesoTotalFactura() {
		BigDecimal suma = BigDecimal.ZERO;
		for (Item item : items) {
			suma = suma.add(item.valorTotal());
		}
		return factura.valorTotal().subtract(suma).max(BigDecimal.ZERO);
	}

	/** Origen común aún sin firmeza: lo define la Gerencia Médica (seed 001, "b. Cobertura"). */
	public boolean origenComunSinFirmeza() {
		return siniestro.origen() == Origen.COMUN && !siniestro.origenEnFirme();
	}

	/**
	 * El tope es SOAT pleno (Decreto 2423 de 1996; seed 001, nota 2): urgencias de un prestador sin convenio, o lo
	 * facturado en tarifas ISS 2001/2004.
	 */
	public boolean topeSoatPleno() {
		return (!prestador.tieneConvenio() && ambito == Ambito.URGENCIAS) || tarifario.esIss();
	}

	/** Ningún ítem trae una autorización de servicios que corresponda a lo facturado. */
	public boolean sinAutorizacionDeServicios() {
		return items.stream().noneMatch(item -> item.autorizacion() != null && item.autorizacion().tieneNumero()
				&& item.autorizacion().correspondeAlServicio());
	}

	@Override
	public String toString() {
		return "SolicitudGlosas[factura=" + factura.numero() + "]";
	}
}
