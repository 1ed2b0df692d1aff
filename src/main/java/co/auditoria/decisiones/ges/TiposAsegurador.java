package co.auditoria.decisiones.ges;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * El catálogo {@code rules/ges/tipos-asegurador.csv} ({@code spec/ges.md}, "Tipo de asegurador"): qué
 * aseguradores son ISAPRES cerradas o el seguro público. El nombre se compara sin mayúsculas, sin tildes y sin
 * los espacios de los extremos ("Rio Blanco" es "Río Blanco"). Es un global inmutable de las reglas; que un
 * asegurador ausente sea una ISAPRE abierta lo dice una regla, no esta clase.
 */
public final class TiposAsegurador {

	private static final Pattern TILDES = Pattern.compile("\\p{M}+");

	private final Map<String, TipoAsegurador> porNombre;

	private TiposAsegurador(Map<String, TipoAsegurador> porNombre) {
		this.porNombre = Map.copyOf(porNombre);
	}

	/** Lee el catálogo; un tipo fuera del enumerado o un asegurador repetido es un error con su línea. */
	public static TiposAsegurador desde(Catalogo catalogo) {
		Map<String, TipoAsegurador> porNombre = new HashMap<>();
		Map<String, Long> lineas = new HashMap<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			String asegurador = fila.valor("asegurador");
			String tipo = fila.valor("tipo");
			TipoAsegurador valor;
			try {
				valor = TipoAsegurador.valueOf(tipo);
			}
			catch (IllegalArgumentException ex) {
				throw fila.error("el tipo '" + tipo + "' no es ABIERTA, CERRADA ni PUBLICO");
			}
			String clave = normalizar(asegurador);
			Long anterior = lineas.putIfAbsent(clave, fila.linea());
			if (anterior != null) {
				throw fila.error("el asegurador '" + asegurador + "' ya está en la línea " + anterior);
			}
			porNombre.put(clave, valor);
		}
		return new TiposAsegurador(porNombre);
	}

	/** El tipo que el catálogo da al asegurador, o {@code null} si no está (o no hay nombre). */
	public TipoAsegurador tipo(String asegurador) {
		return asegurador == null ? null : porNombre.get(normalizar(asegurador));
	}

	private static boolean ascii(String texto) {
		for (int i = 0; i < texto.length(); i++) {
			if (texto.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	static String normalizar(String nombre) {
		if (ascii(nombre)) {
			// Sin tildes ni otras marcas que quitar (lo común, y corre en cada decisión): basta con los extremos y las mayúsculas.
			return nombre.strip().toLowerCase(Locale.ROOT);
		}
		return TILDES.matcher(Normalizer.normalize(nombre.strip(), Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return "TiposAsegurador" + porNombre;
	}

}
