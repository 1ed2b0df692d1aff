package co.auditoria.decisiones.api;

/**
 * La traza de una excepción sin sus mensajes: los mensajes de Jackson, de Drools o de java.time pueden
 * repetir valores de la solicitud (nombres, documentos), y un 500 se registra a nivel ERROR, que no se
 * filtra. Las clases y las líneas bastan para encontrar el defecto.
 */
public final class TrazaSinDatos {

	private static final int LINEAS_POR_CAUSA = 12;

	private TrazaSinDatos() {
	}

	public static String de(Throwable error) {
		StringBuilder traza = new StringBuilder();
		int causas = 0;
		for (Throwable causa = error; causa != null && causas < 10; causa = causa.getCause(), causas++) {
			traza.append(causas == 0 ? "" : "\nCausada por: ").append(causa.getClass().getName());
			StackTraceElement[] lineas = causa.getStackTrace();
			for (int i = 0; i < Math.min(lineas.length, LINEAS_POR_CAUSA); i++) {
				traza.append("\n\tat ").append(lineas[i]);
			}
		}
		return traza.toString();
	}

}
