package co.auditoria.decisiones.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Un catálogo CSV que mantienen los analistas, junto a las reglas de su dominio. La primera fila no
 * comentada son los nombres de columna; las líneas que empiezan por {@code #} son comentarios (fuente,
 * notas).
 */
public final class Catalogo {

	private static final CSVFormat FORMATO = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreSurroundingSpaces(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private final String archivo;

	private final List<Fila> filas;

	private Catalogo(String archivo, List<Fila> filas) {
		this.archivo = archivo;
		this.filas = List.copyOf(filas);
	}

	public static Catalogo leer(String archivo, String contenido) {
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(contenido)).setFormat(FORMATO).get()) {
			List<Fila> filas = new ArrayList<>();
			for (CSVRecord registro : parser) {
				if (!registro.isConsistent()) {
					throw new CatalogoInvalidoException(archivo, registro.getParser().getCurrentLineNumber(),
							"la fila tiene " + registro.size() + " columnas y el encabezado " + parser.getHeaderNames().size());
				}
				filas.add(new Fila(archivo, registro.getParser().getCurrentLineNumber(), registro.toMap()));
			}
			return new Catalogo(archivo, filas);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof CatalogoInvalidoException invalido) {
				throw invalido;
			}
			throw new CatalogoInvalidoException(archivo, 0, "CSV ilegible: " + ex.getMessage());
		}
	}

	/**
	 * El catálogo {@code <dominio>/<nombre>.csv} que las reglas de un dominio necesitan; si falta, un error
	 * que nombra el archivo, como los de compilación.
	 */
	public static Catalogo requerido(Map<String, Catalogo> catalogos, String dominio, String nombre) {
		Catalogo catalogo = catalogos.get(nombre);
		if (catalogo == null) {
			throw new CatalogoInvalidoException(dominio + "/" + nombre + ".csv", 0, "falta el catálogo");
		}
		return catalogo;
	}

	public String archivo() {
		return archivo;
	}

	public List<Fila> filas() {
		return filas;
	}

	/** Una fila con su número de línea, para que los errores señalen dónde corregir. */
	public record Fila(String archivo, long linea, Map<String, String> valores) {

		/** El valor de una columna obligatoria; vacío o ausente es un error de catálogo. */
		public String valor(String columna) {
			String valor = valores.get(columna);
			if (valor == null || valor.isBlank()) {
				throw error("falta el valor de la columna '" + columna + "'");
			}
			return valor;
		}

		/** El valor de una columna opcional, o {@code null}. */
		public String opcional(String columna) {
			String valor = valores.get(columna);
			return valor == null || valor.isBlank() ? null : valor;
		}

		public CatalogoInvalidoException error(String mensaje) {
			return new CatalogoInvalidoException(archivo, linea, mensaje);
		}

	}

}
