package co.auditoria.decisiones.reembolsos;

/** Qué se pagó: una prestación asistencial (atención médica) o un traslado. */
public enum TipoItem {
	PRESTACION_ASISTENCIAL, TRASLADO
}
