package co.auditoria.decisiones.invalidez;

import java.util.List;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * Los códigos CUPS que el catálogo {@code procedimientos-amputacion.csv} marca como amputación; un
 * código del catálogo incluye los que empiezan por él. Inmutable: las reglas lo usan como global.
 */
public final class ProcedimientosAmputacion {

	private final List<String> prefijos;

	private ProcedimientosAmputacion(List<String> prefijos) {
		this.prefijos = prefijos;
	}

	static ProcedimientosAmputacion desde(Catalogo catalogo) {
		return new ProcedimientosAmputacion(catalogo.filas().stream().map(fila -> {
			String cups = fila.valor("cups");
			if (!cups.matches("[0-9A-Za-z]+")) {
				throw fila.error("código CUPS inválido: " + cups);
			}
			return cups;
		}).toList());
	}

	public boolean esAmputacion(String cups) {
		return cups != null && prefijos.stream().anyMatch(cups.strip()::startsWith);
	}

}
