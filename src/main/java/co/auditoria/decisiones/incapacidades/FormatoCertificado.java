package co.auditoria.decisiones.incapacidades;

/** Formato en que viene expedido el certificado de incapacidad. */
public enum FormatoCertificado {
	IPS, EPS, PREPAGADA
}
