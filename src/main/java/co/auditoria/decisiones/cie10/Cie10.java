package co.auditoria.decisiones.cie10;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Códigos CIE-10: una letra, dos dígitos de categoría y hasta dos caracteres de subcategoría, con o
 * sin punto ({@code S141} y {@code S14.1} son el mismo). Internamente se guardan sin punto.
 */
public final class Cie10 {

	/** Forma aceptada en la API, con o sin punto. */
	public static final String FORMATO = "^[A-Za-z][0-9]{2}(\\.?[0-9A-Za-z]{1,2})?$";

	private static final Pattern PATRON = Pattern.compile(FORMATO);

	private Cie10() {
	}

	public static boolean valido(String codigo) {
		return codigo != null && PATRON.matcher(codigo.strip()).matches();
	}

	/** Sin punto y en mayúsculas; un código inválido se devuelve tal cual para que la validación lo rechace. */
	public static String normalizar(String codigo) {
		if (yaNormalizado(codigo)) {
			return codigo; // el caso de las reglas: los hechos ya traen el código normalizado
		}
		if (!valido(codigo)) {
			return codigo;
		}
		return codigo.strip().replace(".", "").toUpperCase(Locale.ROOT);
	}

	private static boolean yaNormalizado(String codigo) {
		if (codigo == null || codigo.length() < 3 || codigo.length() > 5) {
			return false;
		}
		char letra = codigo.charAt(0);
		if (letra < 'A' || letra > 'Z' || !Character.isDigit(codigo.charAt(1)) || !Character.isDigit(codigo.charAt(2))) {
			return false;
		}
		for (int i = 3; i < codigo.length(); i++) {
			char c = codigo.charAt(i);
			if (!(Character.isDigit(c) || (c >= 'A' && c <= 'Z'))) {
				return false;
			}
		}
		return true;
	}

	/** La categoría de tres caracteres ({@code S82} para {@code S82.2}). */
	public static String categoria(String codigo) {
		String normalizado = normalizar(codigo);
		return normalizado == null || normalizado.length() < 3 ? normalizado : normalizado.substring(0, 3);
	}

	/** Con punto, para mostrar: {@code S821} → {@code S82.1}. */
	public static String conPunto(String codigo) {
		String normalizado = normalizar(codigo);
		return normalizado.length() > 3 ? normalizado.substring(0, 3) + "." + normalizado.substring(3) : normalizado;
	}

}
