package co.auditoria.decisiones.cobertura;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * El informe de cobertura para personas: una página por dominio con las reglas sin escenario primero y cada regla con
 * los escenarios que la disparan (cada uno se corre solo con {@code -Dcucumber.features=<feature>:<línea>}), y un
 * índice con todos los dominios.
 */
public final class HtmlCobertura {

	private static final String ESTILO = """
			<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;width:100%}
			td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
			.sin{background:#fde2e1}.ok{color:#2d6a2d}.falta{color:#b00020;font-weight:bold}
			details summary{cursor:pointer}code{font-size:.9em}</style>""";

	private HtmlCobertura() {
	}

	public static String de(InformeCobertura informe) {
		StringBuilder html = inicio("Cobertura de reglas: " + informe.dominio());
		html.append("<p>Versión de reglas <code>").append(e(informe.versionReglas())).append("</code>: ")
			.append(informe.totalReglas()).append(" reglas, ")
			.append(informe.reglasSinEscenario() == 0 ? "<span class=\"ok\">todas con algún escenario</span>"
					: "<span class=\"falta\">" + informe.reglasSinEscenario() + " sin ningún escenario</span>")
			.append(".</p>\n<table><tr><th>regla</th><th>archivo</th><th>fase</th><th>escenarios que la disparan</th></tr>\n");
		for (InformeCobertura.ReglaCubierta regla : informe.reglas()) {
			html.append(regla.escenarios().isEmpty() ? "<tr class=\"sin\">" : "<tr>")
				.append("<td>").append(e(regla.nombre())).append("</td><td><code>").append(e(regla.archivo())).append(':')
				.append(regla.linea()).append("</code></td><td>").append(e(regla.fase())).append("</td><td>");
			if (regla.escenarios().isEmpty()) {
				html.append("<span class=\"falta\">ninguno</span>");
			}
			else {
				html.append("<details><summary>").append(regla.escenarios().size()).append(" escenario(s)</summary><ul>");
				regla.escenarios().forEach(escenario -> html.append("<li><code>").append(e(escenario)).append("</code></li>"));
				html.append("</ul></details>");
			}
			html.append("</td></tr>\n");
		}
		return html.append("</table></body></html>\n").toString();
	}

	public static String indice(List<InformeCobertura> informes) {
		StringBuilder html = inicio("Cobertura de reglas");
		html.append("<table><tr><th>dominio</th><th>reglas</th><th>sin escenario</th></tr>\n");
		for (InformeCobertura informe : informes) {
			html.append("<tr><td><a href=\"").append(e(informe.dominio())).append(".html\">").append(e(informe.dominio()))
				.append("</a></td><td>").append(informe.totalReglas()).append("</td><td class=\"")
				.append(informe.reglasSinEscenario() == 0 ? "ok" : "falta").append("\">").append(informe.reglasSinEscenario())
				.append("</td></tr>\n");
		}
		return html.append("</table></body></html>\n").toString();
	}

	private static StringBuilder inicio(String titulo) {
		return new StringBuilder("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title>").append(e(titulo))
			.append("</title>").append(ESTILO).append("</head><body><h1>").append(e(titulo)).append("</h1>\n");
	}

	private static String e(String texto) {
		return texto == null ? "" : HtmlUtils.htmlEscape(texto);
	}

}
