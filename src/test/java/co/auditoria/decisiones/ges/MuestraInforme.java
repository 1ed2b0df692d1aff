package co.auditoria.decisiones.ges;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Las tablas impresas del Informe de Fiscalización N°33/2013 ({@code ges/tablas-informe.txt}) y el generador de la
 * muestra que las reproduce ({@code ges/muestra-informe.csv}): el informe publica cuentas, no garantías, así que
 * la muestra es una de las que dan esas cuentas, construida de forma determinista. Solo usa el JDK, para poder
 * regenerar el archivo sin Maven, desde la raíz del repositorio:
 *
 * <pre>java src/test/java/co/auditoria/decisiones/ges/MuestraInforme.java</pre>
 *
 * {@code MuestraInformeTest} comprueba que el archivo es el que este generador produce.
 */
final class MuestraInforme {

	static final Path TABLAS = Path.of("src/test/resources/ges/tablas-informe.txt");

	static final Path MUESTRA = Path.of("src/test/resources/ges/muestra-informe.csv");

	/** Los resultados que se generan; las exceptuadas son las 118 del Anexo 4, transcritas en {@code anexo4.csv}. */
	private static final List<String> GENERADOS = List.of("CUMPLIDA_DENTRO_PLAZO", "CUMPLIDA_FUERA_PLAZO", "CASO_CERRADO");

	private static final List<String> EVALUABILIDADES = List.of("NO_EVALUABLE", "NO_CONCLUYENTE", "INGRESO_ERRONEO", "SIN_INFORMACION");

	/** Los motivos de "Caso cerrado" que enumera el informe ("IV. Conceptos utilizados"). */
	private static final List<String> MOTIVOS = List.of("INASISTENCIA", "CRITERIOS_EXCLUSION", "RECHAZO_PRESTADOR",
			"RECHAZO_TRATAMIENTO", "VOLUNTAD_BENEFICIARIO", "DECISION_PROFESIONAL", "OTRO");

	private static final int[] PLAZOS = { 30, 45, 60, 90, 180 };

	/** Las fechas límite caen en el periodo fiscalizado, el primer semestre de 2012. */
	private static final LocalDate PRIMER_LIMITE = LocalDate.of(2012, 1, 2);

	static final String SIN_PROBLEMA_SALUD = "(sin problema de salud)";

	/** Una fila de una tabla del informe; {@code total} es {@code null} donde el informe no lo imprime. */
	record Fila(String tabla, String clave, Long total, Map<String, Celda> celdas) {

		boolean esTotal() {
			return clave.equals("TOTAL");
		}

		long cuenta(String celda) {
			return celdas.containsKey(celda) ? celdas.get(celda).cuenta() : 0;
		}

	}

	/** Los números de una celda: la cuenta y el porcentaje, o un solo valor (veces el plazo, puntos). */
	record Celda(List<BigDecimal> numeros) {

		BigDecimal valor() {
			return numeros.get(0);
		}

		long cuenta() {
			return valor().longValueExact();
		}

		BigDecimal porcentaje() {
			return numeros.size() > 1 ? numeros.get(1) : null;
		}

	}

	/** Un cumplimiento fuera de plazo: días de plazo y días de retraso. */
	private record Retraso(int plazo, int dias) {
	}

	private MuestraInforme() {
	}

	public static void main(String[] args) throws IOException {
		Files.writeString(MUESTRA, generar(Files.readString(TABLAS, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
		System.out.println("escrito " + MUESTRA);
	}

	/** Las filas de cada tabla, en el orden del archivo. */
	static Map<String, List<Fila>> leer(String texto) {
		Map<String, List<Fila>> tablas = new LinkedHashMap<>();
		texto.lines().filter(linea -> !linea.isBlank() && !linea.startsWith("#")).forEach(linea -> {
			String[] partes = linea.split("\\|", -1);
			Map<String, Celda> celdas = new LinkedHashMap<>();
			for (String celda : partes[3].split(";")) {
				String[] valores = celda.strip().split(" +");
				if (!valores[0].isEmpty()) {
					List<BigDecimal> numeros = new ArrayList<>();
					for (int i = 1; i < valores.length; i++) {
						numeros.add(new BigDecimal(valores[i]));
					}
					celdas.put(valores[0], new Celda(numeros));
				}
			}
			String total = partes[2].strip();
			Fila fila = new Fila(partes[0].strip(), partes[1].strip(), total.equals("-") ? null : Long.valueOf(total), celdas);
			tablas.computeIfAbsent(fila.tabla(), t -> new ArrayList<>()).add(fila);
		});
		return tablas;
	}

	/** El CSV de la muestra, siempre el mismo para las mismas tablas. */
	static String generar(String texto) {
		Map<String, List<Fila>> tablas = leer(texto);
		List<Fila> isapres = sinTotal(tablas.get("VI.1"));
		Map<String, Fila> noEvaluadas = porClave(tablas.get("ANEXO1"));
		Map<String, Fila> retrasos = porClave(tablas.get("ANEXO5"));
		Map<String, Fila> muestra = porClave(tablas.get("MUESTRA"));
		Fila dias = tablas.get("VI.1-DIAS").get(0);
		int diasMax = dias.celdas().get("diasRetrasoMax").valor().intValueExact();
		Map<String, Map<String, List<String>>> problemas = repartir(isapres, sinTotal(tablas.get("ANEXO6")));
		StringBuilder csv = new StringBuilder(ENCABEZADO);
		int n = 0;
		boolean conDiasMax = false;
		List<Integer> todosLosDias = new ArrayList<>();
		for (Fila isapre : isapres) {
			String nombre = isapre.clave();
			long enMuestra = isapre.total() + Objects.requireNonNullElse(noEvaluadas.get(nombre).total(), 0L);
			if (enMuestra != muestra.get(nombre).total()) {
				throw new IllegalStateException(nombre + ": VI.1 más Anexo 1 no es el tamaño de muestra de III.C");
			}
			List<Retraso> atrasos = retrasos(nombre, retrasos.get(nombre), isapre.cuenta("CUMPLIDA_FUERA_PLAZO"), diasMax, !conDiasMax);
			conDiasMax |= atrasos.stream().anyMatch(r -> r.dias() == diasMax);
			for (String resultado : GENERADOS) {
				List<String> deLaIsapre = problemas.get(nombre).get(resultado);
				for (int i = 0; i < deLaIsapre.size(); i++, n++) {
					LocalDate limite = PRIMER_LIMITE.plusDays((n * 37L) % 180);
					int plazo = resultado.equals("CUMPLIDA_FUERA_PLAZO") ? atrasos.get(i).plazo() : PLAZOS[n % PLAZOS.length];
					LocalDate cumplimiento = switch (resultado) {
						case "CUMPLIDA_DENTRO_PLAZO" -> limite.minusDays(n % plazo);
						case "CUMPLIDA_FUERA_PLAZO" -> limite.plusDays(atrasos.get(i).dias());
						default -> null;
					};
					if (resultado.equals("CUMPLIDA_FUERA_PLAZO")) {
						todosLosDias.add(atrasos.get(i).dias());
					}
					fila(csv, n, nombre, deLaIsapre.get(i), limite.minusDays(plazo), limite, cumplimiento,
							resultado.equals("CASO_CERRADO") ? MOTIVOS.get(n % MOTIVOS.size()) : null, null, resultado);
				}
			}
			for (String evaluabilidad : EVALUABILIDADES) {
				for (long i = 0; i < noEvaluadas.get(nombre).cuenta(evaluabilidad); i++, n++) {
					fila(csv, n, nombre, SIN_PROBLEMA_SALUD, null, PRIMER_LIMITE.plusDays((n * 37L) % 180), null, null,
							evaluabilidad, evaluabilidad);
				}
			}
		}
		int diasMin = dias.celdas().get("diasRetrasoMin").valor().intValueExact();
		if (todosLosDias.stream().mapToInt(Integer::intValue).min().orElse(0) != diasMin
				|| todosLosDias.stream().mapToInt(Integer::intValue).max().orElse(0) != diasMax) {
			throw new IllegalStateException("los días de retraso no van de " + diasMin + " a " + diasMax);
		}
		return csv.toString();
	}

	/**
	 * Reparte las cumplidas dentro y fuera de plazo y los casos cerrados entre ISAPRES y problemas de salud con la
	 * regla de la esquina noroeste: cada ISAPRE (orden de VI.1) toma del primer problema (orden del Anexo 6) que aún
	 * tiene garantías de ese resultado. Cuadra a la vez las cuentas de VI.1 y las del Anexo 6.
	 */
	private static Map<String, Map<String, List<String>>> repartir(List<Fila> isapres, List<Fila> problemas) {
		Map<String, Map<String, List<String>>> reparto = new LinkedHashMap<>();
		isapres.forEach(isapre -> reparto.put(isapre.clave(), new LinkedHashMap<>()));
		for (String resultado : GENERADOS) {
			long[] porProblema = problemas.stream().mapToLong(p -> p.cuenta(resultado)).toArray();
			if (isapres.stream().mapToLong(i -> i.cuenta(resultado)).sum() != Arrays.stream(porProblema).sum()) {
				throw new IllegalStateException(resultado + ": VI.1 y el Anexo 6 no suman lo mismo");
			}
			int j = 0;
			for (Fila isapre : isapres) {
				List<String> asignados = new ArrayList<>();
				for (long falta = isapre.cuenta(resultado); falta > 0; falta--) {
					while (porProblema[j] == 0) {
						j++;
					}
					porProblema[j]--;
					asignados.add(problemas.get(j).clave());
				}
				reparto.get(isapre.clave()).put(resultado, asignados);
			}
		}
		return reparto;
	}

	/**
	 * Los retrasos de las cumplidas fuera de plazo de una ISAPRE: el menor y el mayor en veces el plazo son los del
	 * Anexo 5 (con una sola, el informe imprime solo el mayor) y las demás, a 30 días de plazo, caen entre ambos; la
	 * primera de ellas lleva {@code diasMax} de retraso (VI.1, "de 1 a 233 días") si se pide y cabe en el rango;
	 * ninguna pasa de {@code diasMax}.
	 */
	private static List<Retraso> retrasos(String isapre, Fila anexo5, long cuantas, int diasMax, boolean conDiasMax) {
		List<Retraso> retrasos = new ArrayList<>();
		if (cuantas == 0) {
			if (!anexo5.celdas().isEmpty()) {
				throw new IllegalStateException(isapre + ": el Anexo 5 trae retraso sin cumplidas fuera de plazo");
			}
			return retrasos;
		}
		BigDecimal mayor = anexo5.celdas().get("vecesPlazoMax").valor();
		BigDecimal menor = anexo5.celdas().containsKey("vecesPlazoMin") ? anexo5.celdas().get("vecesPlazoMin").valor() : mayor;
		if (cuantas == 1 && menor.compareTo(mayor) != 0) {
			throw new IllegalStateException(isapre + ": una sola cumplida fuera de plazo con dos retrasos distintos");
		}
		retrasos.add(conVeces(mayor));
		if (cuantas > 1) {
			retrasos.add(conVeces(menor));
		}
		int desde = Math.max(1, menor.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(30)).setScale(0, RoundingMode.CEILING).intValue());
		int hasta = Math.min(diasMax,
				mayor.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(30)).setScale(0, RoundingMode.FLOOR).intValue());
		if (cuantas > 2 && hasta < desde) {
			throw new IllegalStateException(isapre + ": ningún retraso a 30 días de plazo cae entre " + menor + " y " + mayor);
		}
		boolean ponerDiasMax = conDiasMax && hasta == diasMax;
		for (int k = 0; retrasos.size() < cuantas; k++) {
			retrasos.add(new Retraso(30, k == 0 && ponerDiasMax ? diasMax : desde + (k * 13) % (hasta - desde + 1)));
		}
		return retrasos;
	}

	/** Un plazo y un retraso (el plazo más corto que sirva) cuyo cociente, a dos decimales half-up, es {@code veces}. */
	private static Retraso conVeces(BigDecimal veces) {
		for (int plazo = 1; plazo <= 400; plazo++) {
			int aprox = veces.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(plazo)).intValue();
			for (int dias = Math.max(1, aprox - 1); dias <= aprox + 2; dias++) {
				if (vecesPlazo(plazo, dias).compareTo(veces) == 0) {
					return new Retraso(plazo, dias);
				}
			}
		}
		throw new IllegalStateException("ningún plazo da " + veces + " veces");
	}

	/** Como {@code RetrasoCumplimiento}: días desde el inicio sobre días de plazo, dos decimales half-up. */
	private static BigDecimal vecesPlazo(int plazo, int dias) {
		return BigDecimal.valueOf(plazo + dias).divide(BigDecimal.valueOf(plazo), 2, RoundingMode.HALF_UP);
	}

	private static void fila(StringBuilder csv, int n, String isapre, String problema, LocalDate inicio, LocalDate limite,
			LocalDate cumplimiento, String motivo, String evaluabilidad, String resultado) {
		csv.append(String.join(",", "M-%04d".formatted(n + 1), isapre, problema.equals(SIN_PROBLEMA_SALUD) ? "" : problema,
				texto(inicio), texto(limite), texto(cumplimiento), texto(motivo), texto(evaluabilidad), resultado)).append('\n');
	}

	private static String texto(Object valor) {
		return valor == null ? "" : valor.toString();
	}

	private static List<Fila> sinTotal(List<Fila> filas) {
		return filas.stream().filter(fila -> !fila.esTotal()).toList();
	}

	private static Map<String, Fila> porClave(List<Fila> filas) {
		Map<String, Fila> porClave = new LinkedHashMap<>();
		filas.forEach(fila -> porClave.put(fila.clave(), fila));
		return porClave;
	}

	private static final String ENCABEZADO = """
			# Muestra del Informe de Fiscalización N°33/2013 de la Superintendencia de Salud (seed 004): las 1 361 garantías
			# que, con las 118 exceptuadas de anexo4.csv, forman las 1 479 de la muestra (1 356 evaluadas y 123 no
			# evaluadas). GENERADO por src/test/java/co/auditoria/decisiones/ges/MuestraInforme.java a partir de las cuentas
			# de tablas-informe.txt; no se edita a mano: se regenera, desde la raíz del repositorio, con
			#   java src/test/java/co/auditoria/decisiones/ges/MuestraInforme.java
			# El informe publica cuentas, no garantías: esta es una muestra que da esas cuentas, no la que se fiscalizó.
			# - Cumplidas dentro y fuera de plazo y casos cerrados: por ISAPRE, las cuentas de VI.1; por problema de salud,
			#   las del Anexo 6, repartidas con la regla de la esquina noroeste (ISAPRES en el orden de VI.1, problemas en el
			#   del Anexo 6). Las exceptuadas, con su ISAPRE y problema de salud, son las del Anexo 4.
			# - Cumplidas fuera de plazo: el menor y el mayor retraso en veces el plazo de cada ISAPRE son los del Anexo 5
			#   (con el plazo más corto que da ese cociente); las demás, a 30 días de plazo, caen entre ambos; en días de
			#   retraso, de 1 a 233 (texto de VI.1).
			# - No evaluadas: por ISAPRE y evaluabilidad, las del Anexo 1, sin problema de salud (el informe no lo da).
			# - Filas dañadas del Anexo 6 (OCR): se leyeron como dice tablas-informe.txt. La de 19 garantías (16 dentro de
			#   plazo, 1 fuera, 2 casos cerrados), cuyo número no se puede leer, va sin problema de salud: en el resumen su
			#   fila es "(sin problema de salud)", junto con las no evaluadas.
			# - Fechas límite en el primer semestre de 2012 (el periodo fiscalizado); plazos, fechas de cumplimiento y
			#   motivos de cierre, cíclicos (el informe no los da); sin fecha de cierre ni tipo de garantía.
			# resultado: el que la muestra espera de la garantía.
			idGarantia,asegurador,problemaSalud,fechaInicio,fechaLimite,fechaCumplimiento,motivoCierre,evaluabilidad,resultado
			""";

}
