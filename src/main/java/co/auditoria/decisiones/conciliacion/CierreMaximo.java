package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;

/** Hecho: el último día para cerrar la gestión de glosas de la factura, 4 meses desde la radicación (seed 001, literal d). */
public record CierreMaximo(LocalDate fecha) {
}
