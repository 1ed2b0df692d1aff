package co.auditoria.decisiones.conciliacion;

/** Hecho: el acta de conciliación está firmada como exige el seed y se aplica a las glosas en conciliación. */
public record ActaAplicada(Acta acta) {
}
