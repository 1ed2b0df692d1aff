package co.auditoria.decisiones.invalidez;

/** Hecho que inserta una regla de {@code accidente-grave.drl} cuando se cumple un criterio de accidente grave. */
public record LesionGrave(CriterioAccidenteGrave criterio) {
}
