package co.auditoria.decisiones.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Lo que el compilador de Drools no ve porque para él son solo textos: que cada causal, resultado y nombre de
 * lista que escribe una regla exista en el dominio y en sus catálogos, que cada lista de un catálogo la use
 * alguna regla, que cada regla esté en una fase del dominio, y que nada cambie el resultado después de la fase
 * en que se decide. Cada error lleva el archivo y la línea donde corregirlo.
 */
final class RevisionReglas {

	private static final String AGENDA_GROUP = "agenda-group";

	private static final Pattern CAUSAL = Pattern.compile("new\\s+Causal\\s*\\(\\s*\"([^\"]*)\"");

	private static final Pattern PROPUESTA = Pattern.compile("new\\s+Resultado\\s*\\(\\s*\"([^\"]*)\"");

	private static final Pattern COMPARACION = Pattern.compile("\\bresultado\\s*(?:==|!=)\\s*\"([^\"]*)\"");

	private static final Pattern PERTENENCIA = Pattern.compile("\\bresultado\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");

	private static final Pattern TEXTO = Pattern.compile("\"([^\"]*)\"");

	private final Dominio<?, ?> dominio;

	/** El catálogo de causales, o {@code null} si no cargó. */
	private final CatalogoCausales causales;

	private final Map<String, ListasDeCatalogo> listas = new LinkedHashMap<>();

	private final Map<String, Set<String>> listasUsadas = new HashMap<>();

	private final List<ErrorRegla> errores = new ArrayList<>();

	private final List<ReglaDefinida> reglas = new ArrayList<>();

	/** Los globales del dominio, o {@code null} si sus catálogos no cargaron (ya hay errores que lo dicen). */
	private final Map<String, Object> globales;

	RevisionReglas(Dominio<?, ?> dominio, CatalogoCausales causales, Map<String, Object> globales) {
		this.dominio = dominio;
		this.causales = causales;
		this.globales = globales;
		if (globales == null) {
			return;
		}
		globales.forEach((nombre, valor) -> {
			if (valor instanceof ListasDeCatalogo deCatalogo) {
				listas.put(nombre, deCatalogo);
				listasUsadas.put(nombre, new HashSet<>());
			}
		});
	}

	List<ErrorRegla> errores() {
		return errores;
	}

	List<ReglaDefinida> reglas() {
		return reglas;
	}

	/** Revisa las reglas de un DRL ya analizado. */
	void revisar(FuenteDrl fuente, PackageDescr paquete) {
		String[] lineas = fuente.texto().split("\n", -1);
		String faseDelArchivo = null;
		for (AttributeDescr atributo : paquete.getAttributes()) {
			if (AGENDA_GROUP.equals(atributo.getName())) {
				faseDelArchivo = atributo.getValue();
			}
		}
		if (globales != null) {
			for (GlobalDescr global : paquete.getGlobals()) {
				if (!globales.containsKey(global.getIdentifier())) {
					errores.add(fuente.error(global.getLine(), "el global '" + global.getIdentifier()
							+ "' no existe; el dominio ofrece " + new java.util.TreeSet<>(globales.keySet())));
				}
			}
		}
		Set<String> nombres = new HashSet<>();
		reglas.forEach(regla -> nombres.add(regla.nombre()));
		for (RuleDescr regla : paquete.getRules()) {
			AttributeDescr propia = regla.getAttributes().get(AGENDA_GROUP);
			String fase = propia != null ? propia.getValue() : faseDelArchivo;
			int desde = regla.getLine();
			int hasta = Math.max(desde, regla.getEndLine());
			if (!nombres.add(regla.getName())) {
				errores.add(fuente.error(desde, "hay otra regla llamada '" + regla.getName() + "' en el dominio"));
			}
			revisarFase(fuente, regla, fase, desde);
			for (int i = desde; i <= hasta && i <= lineas.length; i++) {
				revisarLinea(fuente, i, sinComentario(lineas[i - 1]), fase);
			}
			reglas.add(new ReglaDefinida(regla.getName(), fuente.archivo(), fuente.linea().applyAsInt(desde),
					fuente.linea().applyAsInt(hasta), fase, texto(lineas, desde, hasta)));
		}
	}

	/** Al final: las listas de los catálogos que ninguna regla pidió. */
	void revisarListasSinUso() {
		listas.forEach((global, deCatalogo) -> deCatalogo.listas().forEach((lista, linea) -> {
			if (!listasUsadas.get(global).contains(lista)) {
				errores.add(new ErrorRegla(deCatalogo.archivo(), linea.intValue(),
						"la lista '" + lista + "' no la usa ninguna regla (¿nombre mal escrito?)"));
			}
		}));
	}

	private void revisarFase(FuenteDrl fuente, RuleDescr regla, String fase, int linea) {
		List<String> fases = dominio.fases().stream().filter(f -> !f.equals(Dominio.FASE_RESULTADO)).toList();
		if (fase == null) {
			errores.add(fuente.error(linea, "la regla '" + regla.getName()
					+ "' no dice su fase: ponga agenda-group con una de " + fases + " (en el archivo o en la regla)"));
		}
		else if (!fases.contains(fase)) {
			errores.add(fuente.error(linea, "la fase '" + fase + "' de la regla '" + regla.getName()
					+ "' no es del dominio; use una de " + fases));
		}
	}

	private void revisarLinea(FuenteDrl fuente, int linea, String texto, String fase) {
		boolean despuesDelResultado = fase != null && dominio.fases().indexOf(fase) > dominio.fases().indexOf(Dominio.FASE_RESULTADO);
		Matcher causal = CAUSAL.matcher(texto);
		while (causal.find()) {
			String codigo = causal.group(1);
			if (causales == null) {
				continue;
			}
			if (!causales.contiene(codigo)) {
				errores.add(fuente.error(linea, "la causal '" + codigo + "' no está en causales.csv"));
			}
			else if (despuesDelResultado && causales.definicion(codigo).efecto() != null) {
				errores.add(fuente.error(linea, "la causal '" + codigo + "' cambia el resultado y la regla es de la fase '"
						+ fase + "', posterior a '" + Dominio.FASE_RESULTADO + "'"));
			}
		}
		Matcher propuesta = PROPUESTA.matcher(texto);
		while (propuesta.find()) {
			resultadoDefinido(fuente, linea, propuesta.group(1));
			if (despuesDelResultado) {
				errores.add(fuente.error(linea, "la regla propone un resultado en la fase '" + fase
						+ "', posterior a '" + Dominio.FASE_RESULTADO + "'"));
			}
		}
		Matcher comparacion = COMPARACION.matcher(texto);
		while (comparacion.find()) {
			resultadoDefinido(fuente, linea, comparacion.group(1));
		}
		Matcher pertenencia = PERTENENCIA.matcher(texto);
		while (pertenencia.find()) {
			Matcher valores = TEXTO.matcher(pertenencia.group(1));
			while (valores.find()) {
				resultadoDefinido(fuente, linea, valores.group(1));
			}
		}
		listas.forEach((global, deCatalogo) -> {
			Matcher pedida = Pattern.compile("\\b" + Pattern.quote(global) + "\\s*\\.\\s*\\w+\\s*\\(\\s*\"([^\"]*)\"").matcher(texto);
			while (pedida.find()) {
				String lista = pedida.group(1);
				listasUsadas.get(global).add(lista);
				if (!deCatalogo.listas().containsKey(lista)) {
					errores.add(fuente.error(linea, "la lista '" + lista + "' no está en " + deCatalogo.archivo()));
				}
			}
		});
	}

	private void resultadoDefinido(FuenteDrl fuente, int linea, String resultado) {
		if (!dominio.resultados().contains(resultado)) {
			errores.add(fuente.error(linea, "el resultado '" + resultado + "' no es del dominio; use uno de "
					+ dominio.resultados()));
		}
	}

	/** Quita un comentario {@code //} que no esté dentro de un texto. */
	private static String sinComentario(String linea) {
		boolean enTexto = false;
		for (int i = 0; i < linea.length() - 1; i++) {
			char c = linea.charAt(i);
			if (c == '"' && (i == 0 || linea.charAt(i - 1) != '\\')) {
				enTexto = !enTexto;
			}
			else if (!enTexto && c == '/' && linea.charAt(i + 1) == '/') {
				return linea.substring(0, i);
			}
		}
		return linea;
	}

	private static String texto(String[] lineas, int desde, int hasta) {
		StringBuilder texto = new StringBuilder();
		for (int i = desde; i <= hasta && i <= lineas.length; i++) {
			texto.append(lineas[i - 1]).append('\n');
		}
		return texto.toString();
	}

}
