package co.auditoria.decisiones.incapacidades;

/** Quién radica la incapacidad: la empresa, el afiliado o la EPS (en recobro). */
public enum Solicitante {
	EMPRESA, AFILIADO, EPS
}
