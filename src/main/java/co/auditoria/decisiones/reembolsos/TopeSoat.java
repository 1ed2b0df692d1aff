package co.auditoria.decisiones.reembolsos;

import java.math.BigDecimal;

/** Hecho: el tope del amparo de gastos médicos del SOAT del accidente de tránsito, en pesos. */
public record TopeSoat(BigDecimal valor) {
}
