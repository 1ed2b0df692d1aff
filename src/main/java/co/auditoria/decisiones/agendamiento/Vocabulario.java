package co.auditoria.decisiones.agendamiento;

import java.util.Arrays;

import co.auditoria.decisiones.engine.Catalogo;

/** Lee de una fila de catálogo un valor que debe ser de un enumerado del dominio, con el error en su línea. */
final class Vocabulario {

	private Vocabulario() {
	}

	static <E extends Enum<E>> E valor(Catalogo.Fila fila, String columna, Class<E> tipo) {
		String valor = fila.valor(columna);
		try {
			return Enum.valueOf(tipo, valor);
		}
		catch (IllegalArgumentException ex) {
			throw fila.error("'" + valor + "' no es un valor de la columna '" + columna + "'; use uno de "
					+ Arrays.toString(tipo.getEnumConstants()));
		}
	}

}
