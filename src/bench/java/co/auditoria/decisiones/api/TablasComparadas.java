package co.auditoria.decisiones.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Las tablas que imprime {@link BenchmarksEnProceso} al terminar, a partir de los resultados de JMH. */
final class TablasComparadas {

	private TablasComparadas() {
	}

	static void motores(List<RunResult> resultados) {
		System.out.println();
		System.out.println("Motores, solo la decisión (casos de examples/ ya leídos), 1 hilo; límite = Java a mano. Reloj: decisiones"
				+ " por segundo de reloj; CPU: µs de CPU del hilo por decisión y decisiones por segundo de CPU; costo / límite por CPU:");
		System.out.printf("%-10s %-15s %14s %12s %14s %16s %16s%n", "dominio", "motor", "reloj dec/s", "CPU µs", "CPU dec/s",
				"bytes/decisión", "costo / límite");
		for (String dominio : List.of("invalidez", "ges")) {
			Map<String, RunResult> porMotor = new LinkedHashMap<>();
			resultados.stream().filter(r -> dominio.equals(r.getParams().getParam("dominio")))
				.forEach(r -> porMotor.put(r.getParams().getParam("motor"), r));
			double limite = porMotor.containsKey("java") ? CpuDelHilo.microsegundos(porMotor.get("java")) : Double.NaN;
			for (String motor : MotoresBenchmark.MOTORES) {
				RunResult resultado = porMotor.get(motor);
				if (resultado != null) {
					double micros = CpuDelHilo.microsegundos(resultado);
					System.out.printf("%-10s %-15s %,14.0f %12.2f %,14.0f %,16.0f %15.1fx%n", dominio, motor, score(resultado), micros,
							1e6 / micros, bytes(resultado), micros / limite);
				}
			}
		}
	}

	static void reglas(List<RunResult> resultados) {
		System.out.println();
		System.out.println("Solo las reglas (MotorReglas.evaluar), 1 hilo, por modelo de Drools:");
		System.out.printf("%-14s %12s %12s %10s %14s %12s %10s %16s%n", "dominio", "mvel reloj", "mvel CPU µs", "bytes",
				"ejec. reloj", "ejec. CPU µs", "bytes", "mvel/ejec. (CPU)");
		Map<String, Map<String, RunResult>> porDominio = new LinkedHashMap<>();
		resultados.forEach(r -> porDominio.computeIfAbsent(r.getParams().getParam("dominio"), d -> new LinkedHashMap<>())
			.put(r.getParams().getParam("modelo"), r));
		porDominio.forEach((dominio, porModelo) -> {
			RunResult mvel = porModelo.get("mvel");
			RunResult ejecutable = porModelo.get("ejecutable");
			double cpuMvel = mvel == null ? Double.NaN : CpuDelHilo.microsegundos(mvel);
			double cpuEjecutable = ejecutable == null ? Double.NaN : CpuDelHilo.microsegundos(ejecutable);
			System.out.printf("%-14s %,12.0f %12.2f %,10.0f %,14.0f %12.2f %,10.0f %15.2fx%n", dominio, score(mvel), cpuMvel,
					bytes(mvel), score(ejecutable), cpuEjecutable, bytes(ejecutable), cpuMvel / cpuEjecutable);
		});
	}

	static void tramos(List<RunResult> resultados) {
		System.out.println();
		System.out.println("decide en proceso de punta a punta, 1 hilo; los tramos reparten los µs de CPU por decisión según su"
				+ " parte del tiempo medido:");
		System.out.printf("%-14s %12s %12s %12s %10s", "dominio", "reloj dec/s", "CPU µs", "CPU dec/s", "bytes");
		TramosBenchmark.TRAMOS.forEach(tramo -> System.out.printf(" %18s", tramo.replace("Ns", "")));
		System.out.println();
		for (RunResult resultado : resultados) {
			double porSegundo = score(resultado);
			// Los contadores son nanosegundos sumados en cada iteración: su proporción reparte el tiempo de una decisión.
			Map<String, Double> nanos = new LinkedHashMap<>();
			for (String tramo : TramosBenchmark.TRAMOS) {
				Result secundario = resultado.getSecondaryResults().get(tramo);
				nanos.put(tramo, secundario == null ? Double.NaN : secundario.getScore());
			}
			double suma = nanos.values().stream().mapToDouble(Double::doubleValue).sum();
			double total = CpuDelHilo.microsegundos(resultado);
			System.out.printf("%-14s %,12.0f %12.1f %,12.0f %,10.0f", resultado.getParams().getParam("dominio"), porSegundo, total,
					1e6 / total, bytes(resultado));
			nanos.values().forEach(ns -> System.out.printf(" %18s", String.format("%.1f µs %3.0f%%", total * ns / suma, 100 * ns / suma)));
			System.out.println();
		}
	}

	private static double score(RunResult resultado) {
		return resultado == null ? Double.NaN : resultado.getPrimaryResult().getScore();
	}

	/** {@code gc.alloc.rate.norm} de {@code -prof gc}: bytes asignados por operación. */
	private static double bytes(RunResult resultado) {
		if (resultado == null) {
			return Double.NaN;
		}
		for (Map.Entry<String, Result> secundario : resultado.getSecondaryResults().entrySet()) {
			if (secundario.getKey().endsWith("gc.alloc.rate.norm")) {
				return secundario.getValue().getScore();
			}
		}
		return Double.NaN;
	}

}
