package co.auditoria.decisiones.api;

import java.util.List;

import co.auditoria.decisiones.engine.ErrorCampo;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Un JSON que pasa un límite de lectura ({@code spring.jackson.factory.constraints.read.*}): el mensaje dice en
 * español cuál límite y cuánto es, y {@code errores} nombra el campo donde estaba el lector. Jackson no
 * distingue los límites por tipo de excepción; se reconocen por el comienzo de su mensaje y, si no, se dice en
 * general.
 */
final class LimitesDeLectura {

	private LimitesDeLectura() {
	}

	/** @param limites los límites con los que se leyó (los del lector de solicitudes) */
	static String mensaje(StreamConstraintsException ex, StreamReadConstraints limites) {
		String original = String.valueOf(ex.getOriginalMessage());
		if (original.startsWith("String value length")) {
			return "Un texto pasa el máximo de " + limites.getMaxStringLength() + " caracteres";
		}
		if (original.startsWith("Document nesting depth")) {
			return "El JSON pasa el máximo de " + limites.getMaxNestingDepth() + " niveles de anidamiento";
		}
		if (original.startsWith("Number value length")) {
			return "Un número pasa el máximo de " + limites.getMaxNumberLength() + " cifras";
		}
		if (original.startsWith("Name length")) {
			return "Un nombre de campo pasa el máximo de " + limites.getMaxNameLength() + " caracteres";
		}
		return "El JSON pasa un límite de lectura (anidamiento, largo de un texto, de un número o de un nombre)";
	}

	/** El campo donde estaba el lector cuando pasó el límite, si se sabe. */
	static List<ErrorCampo> campo(StreamConstraintsException ex, StreamReadConstraints limites) {
		if (!(ex.processor() instanceof JsonParser lector)) {
			return List.of();
		}
		String campo = LectorSolicitudes.ruta(lector.streamReadContext());
		return campo.isEmpty() ? List.of() : List.of(new ErrorCampo(campo, mensaje(ex, limites)));
	}

}
