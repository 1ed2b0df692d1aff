package co.auditoria.decisiones.simulacion;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.auditoria.decisiones.versiones.CambioDominio;

/**
 * La simulación en texto para la consola de un analista: qué reglas cambian, los casos que cambian (los primeros),
 * las transiciones, las causales y acciones ganadas y perdidas y los totales de dinero.
 */
public final class TextoSimulacion {

	/** Cuántos casos que cambian se muestran en la consola; todos van al archivo de salida. */
	public static final int CASOS_EN_CONSOLA = 40;

	private final PrintStream salida;

	public TextoSimulacion(PrintStream salida) {
		this.salida = salida;
	}

	public void encabezado(String dominio, String activa, Candidata candidata) {
		salida.printf("Simulación de %s: reglas activas %s -> candidata %s%n", dominio, activa,
				candidata.conjunto().dominio(dominio).version());
		if (candidata.cambios().isEmpty()) {
			salida.println("La candidata no cambia ningún dominio.");
		}
		for (CambioDominio cambio : candidata.cambios()) {
			salida.printf("  %s: archivos cambiados %s, añadidos %s, quitados %s%n", cambio.dominio(),
					cambio.archivosCambiados(), cambio.archivosAnadidos(), cambio.archivosQuitados());
			lista("    reglas cambiadas", cambio.reglasCambiadas());
			lista("    reglas añadidas", cambio.reglasAnadidas());
			lista("    reglas quitadas", cambio.reglasQuitadas());
		}
	}

	/** Una línea por caso que cambia: de dónde salió, su identificador y qué cambió. */
	public void caso(CasoComparado caso) {
		Desenlace antes = caso.antes();
		Desenlace despues = caso.despues();
		StringBuilder linea = new StringBuilder("  ").append(caso.origen());
		if (caso.nombre() != null) {
			linea.append(" (").append(caso.nombre()).append(')');
		}
		if (caso.identificador() != null) {
			linea.append(" [").append(caso.identificador()).append(']');
		}
		linea.append(": ").append(antes.resultado()).append(" -> ").append(despues.resultado());
		if (!antes.causales().equals(despues.causales())) {
			linea.append("; causales ").append(antes.causales()).append(" -> ").append(despues.causales());
		}
		antes.dinero().forEach((campo, valor) -> {
			BigDecimal nuevo = despues.dinero().get(campo);
			if (nuevo != null && valor.compareTo(nuevo) != 0) {
				linea.append("; ").append(campo).append(' ').append(valor.toPlainString()).append(" -> ").append(nuevo.toPlainString());
			}
		});
		if (!antes.acciones().equals(despues.acciones())) {
			linea.append("; acciones ").append(tipos(antes)).append(" -> ").append(tipos(despues));
		}
		salida.println(linea);
	}

	/** Cuántos casos más cambian de los que se mostraron, y dónde están. */
	public void otros(int cuantos, Object archivo) {
		if (cuantos > 0) {
			salida.printf("  ... y %d casos más que cambian, en %s%n", cuantos, archivo);
		}
	}

	public void resumen(ResumenSimulacion.Resumen resumen) {
		salida.printf("Casos: %d (%d inválidos), %d cambian, %d sin cambios; %d ms (%d casos/s)%n", resumen.total(),
				resumen.invalidos(), resumen.cambian(), resumen.sinCambios(), resumen.milisegundos(), resumen.casosPorSegundo());
		cuentas("Transiciones", resumen.transiciones());
		cuentas("Causales ganadas (casos)", resumen.causalesGanadas());
		cuentas("Causales perdidas (casos)", resumen.causalesPerdidas());
		cuentas("Acciones ganadas (casos)", resumen.accionesGanadas());
		cuentas("Acciones perdidas (casos)", resumen.accionesPerdidas());
		if (!resumen.dinero().isEmpty()) {
			salida.println("Dinero (antes -> después, diferencia):");
			resumen.dinero().forEach((campo, totales) -> salida.printf("  %s: %s -> %s (%s)%n", campo,
					totales.get("antes").toPlainString(), totales.get("despues").toPlainString(),
					conSigno(totales.get("diferencia"))));
		}
	}

	private void cuentas(String titulo, Map<String, Integer> cuentas) {
		if (cuentas.isEmpty()) {
			salida.println(titulo + ": ninguna");
			return;
		}
		salida.println(titulo + ":");
		cuentas.forEach((nombre, cuenta) -> salida.printf("  %s: %d%n", nombre, cuenta));
	}

	private void lista(String titulo, List<String> elementos) {
		if (!elementos.isEmpty()) {
			salida.println(titulo + ": " + elementos.stream().map(regla -> "\"" + regla + "\"").collect(Collectors.joining(", ")));
		}
	}

	private static List<String> tipos(Desenlace desenlace) {
		return desenlace.acciones().stream().map(Desenlace.AccionSimulada::tipo).toList();
	}

	private static String conSigno(BigDecimal valor) {
		return (valor.signum() > 0 ? "+" : "") + valor.toPlainString();
	}

}
