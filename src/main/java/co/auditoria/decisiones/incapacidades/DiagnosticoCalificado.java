package co.auditoria.decisiones.incapacidades;

import co.auditoria.decisiones.cie10.Cie10;

/** Hecho: un diagnóstico calificado del siniestro con su categoría CIE-10, para correlacionar en DRL. */
public record DiagnosticoCalificado(String cie10, String categoria) {

	static DiagnosticoCalificado de(String cie10) {
		return new DiagnosticoCalificado(cie10, Cie10.categoria(cie10));
	}

}
