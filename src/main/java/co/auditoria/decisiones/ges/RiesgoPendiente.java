package co.auditoria.decisiones.ges;

/** Hecho que insertan las reglas de seguimiento con el nivel de riesgo de una garantía pendiente. */
public record RiesgoPendiente(NivelRiesgo nivel) {
}
