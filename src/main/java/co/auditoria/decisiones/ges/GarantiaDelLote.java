package co.auditoria.decisiones.ges;

import java.math.BigDecimal;

/**
 * Lo que el resumen de un lote guarda de cada decisión: solo lo que sus tablas cuentan, con el asegurador y el
 * problema de salud ya como claves de fila ({@code spec/ges.md}: sin espacios en los extremos; sin valor, la
 * fila aparte).
 */
record GarantiaDelLote(String asegurador, TipoAsegurador tipoAsegurador, String problemaSalud, ResultadoGes resultado,
		CausaExcepcion causa, Long diasRetraso, BigDecimal vecesPlazo) {

	static final String SIN_ASEGURADOR = "(sin asegurador)";

	static final String SIN_PROBLEMA_SALUD = "(sin problema de salud)";

	static GarantiaDelLote de(SolicitudGes solicitud, ResultadoGes resultado, RespuestaGes respuesta) {
		return new GarantiaDelLote(clave(solicitud.asegurador(), SIN_ASEGURADOR), respuesta.tipoAsegurador(),
				clave(solicitud.problemaSalud(), SIN_PROBLEMA_SALUD), resultado,
				solicitud.excepcion() == null ? null : solicitud.excepcion().causa(), respuesta.diasRetraso(),
				respuesta.vecesPlazo());
	}

	private static String clave(String valor, String sinValor) {
		return valor == null || valor.isBlank() ? sinValor : valor.strip();
	}

	GrupoResultado grupo() {
		return resultado.grupo();
	}

	boolean evaluada() {
		return grupo() != GrupoResultado.NO_EVALUADA;
	}

	boolean exceptuada() {
		return grupo() == GrupoResultado.EXCEPTUADA;
	}

}
