package co.auditoria.decisiones.incapacidades;

/** Cómo se atendió al afiliado; la telemedicina es válida con los mismos criterios que la presencial. */
public enum Modalidad {
	PRESENCIAL, TELEMEDICINA
}
