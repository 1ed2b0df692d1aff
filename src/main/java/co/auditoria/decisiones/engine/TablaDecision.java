package co.auditoria.decisiones.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Una tabla de decisión de Drools en CSV ({@code rules/<dominio>/*.tabla.csv}): cada fila es una regla, con
 * su nombre en la columna {@code NAME}. Se convierte a DRL para compilarla y revisarla como las demás; las
 * líneas del DRL generado se traducen a la fila de la tabla, que es lo que el analista ve.
 *
 * <p>CSV y no XLSX: es texto, así que un cambio se ve fila por fila en un diff y se revisa como cualquier otro
 * archivo de {@code rules/}; cualquier hoja de cálculo lo abre y lo guarda.
 */
record TablaDecision(String archivo, String drl) {

	private static final Pattern FILA = Pattern.compile("^// rule values at [A-Z]+(\\d+), header at [A-Z]+(\\d+)");

	static TablaDecision convertir(String archivo, String contenido) {
		try {
			String drl = new SpreadsheetCompiler().compile(
					new ByteArrayInputStream(contenido.getBytes(StandardCharsets.UTF_8)), InputType.CSV);
			return new TablaDecision(archivo, drl);
		}
		catch (RuntimeException ex) {
			throw new CatalogoInvalidoException(archivo, 0, "la tabla de decisión no se puede leer: " + ex.getMessage());
		}
	}

	/** La ruta con la que el DRL generado entra en la compilación. */
	String rutaDrl() {
		return archivo + FuentesDominio.DRL;
	}

	/** La fila de la tabla que generó la línea {@code linea} del DRL (la de su encabezado si no es de una regla). */
	int filaDe(int linea) {
		String[] lineas = drl.split("\n", -1);
		int fila = 0;
		for (int i = 0; i < Math.min(linea, lineas.length); i++) {
			Matcher matcher = FILA.matcher(lineas[i].strip());
			if (matcher.find()) {
				fila = Integer.parseInt(matcher.group(1));
			}
		}
		return fila;
	}

}
