package co.auditoria.decisiones.reclamaciones;

import java.util.Arrays;

import co.auditoria.decisiones.engine.Catalogo;

/** Una columna de catálogo cuyo valor es una constante de un enumerado; otro valor es un error con su línea. */
final class ColumnaEnumerada {

	private ColumnaEnumerada() {
	}

	static <E extends Enum<E>> E valor(Catalogo.Fila fila, String columna, Class<E> tipo) {
		String valor = fila.valor(columna);
		try {
			return Enum.valueOf(tipo, valor);
		}
		catch (IllegalArgumentException ex) {
			throw fila.error(columna + " '" + valor + "' no es uno de " + Arrays.toString(tipo.getEnumConstants()));
		}
	}

}
