package co.auditoria.decisiones.concurrencia;

/** Estancia corta (las primeras 72 horas) o larga (más de 72 horas), definiciones del seed 001. */
public enum ClaseEstancia {
	CORTA, LARGA
}
