package co.auditoria.decisiones.reclamaciones;

import co.auditoria.decisiones.glosas.Ambito;

/** Hecho de las reglas: una factura de la reclamación con su posición, que sus ítems ({@link ItemReclamado}) repiten. */
public record FacturaReclamada(int posicion, FacturaReclamacion factura) {

	/** Una factura de hospitalización sin habilitación del prestador (definición "Habilitación" del seed 001). */
	public boolean hospitalizacionSinHabilitacion() {
		return factura.ambito() == Ambito.HOSPITALARIO && !factura.prestador().habilitado();
	}

	/** El médico tratante vino y no figura en ReTHUS. */
	public boolean medicoSinRegistro() {
		return factura.medicoTratante() != null && !factura.medicoTratante().registradoRethus();
	}
}
