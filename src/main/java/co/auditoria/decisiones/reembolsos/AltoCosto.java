package co.auditoria.decisiones.reembolsos;

/** Hecho: la solicitud llega al umbral de alto costo de {@code parametros.csv}; se reporta y exige historia clínica. */
public record AltoCosto() {
}
