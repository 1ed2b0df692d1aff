package co.auditoria.decisiones.conciliacion;

import java.time.LocalDate;

/** Hecho: la fecha límite de un plazo de gestión de una glosa, ampliada por ANS o no. */
public record PlazoGestion(String glosa, Gestion gestion, LocalDate fecha, boolean ampliado) {

	/** Lo que el motivo de la acción dice del plazo. */
	public String nota() {
		return ampliado ? " (plazo ampliado por ANS)" : "";
	}

}
