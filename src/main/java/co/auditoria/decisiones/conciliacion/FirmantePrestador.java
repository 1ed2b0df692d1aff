package co.auditoria.decisiones.conciliacion;

/** Quién firma el acta por el prestador; un delegado necesita "carta o poder firmado por el Gerente" (seed 001). */
public enum FirmantePrestador {
	REPRESENTANTE_LEGAL, DELEGADO
}
