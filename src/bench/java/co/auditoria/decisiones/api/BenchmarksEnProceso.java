package co.auditoria.decisiones.api;

import java.util.ArrayList;
import java.util.List;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Todos los benchmarks en proceso de una vez: {@code decide} por dominio con 1 y 2 hilos y los lotes, y al
 * final una tabla de decisiones por segundo. Con argumentos es el {@code Main} de JMH de siempre
 * ({@code -Djmh.args="-t 2 DecisionBenchmark"}).
 */
public final class BenchmarksEnProceso {

	private BenchmarksEnProceso() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0) {
			org.openjdk.jmh.Main.main(args);
			return;
		}
		List<RunResult> resultados = new ArrayList<>();
		for (int hilos : new int[] { 1, 2 }) {
			resultados.addAll(correr(DecisionBenchmark.class, hilos));
		}
		resultados.addAll(correr(LoteBenchmark.class, 1));
		System.out.println();
		System.out.printf("%-14s %-10s %6s %6s %16s%n", "dominio", "benchmark", "lote", "hilos", "decisiones/s");
		for (RunResult resultado : resultados) {
			var parametros = resultado.getParams();
			String tamano = parametros.getParam("tamano");
			double porSegundo = resultado.getPrimaryResult().getScore() * (tamano == null ? 1 : Integer.parseInt(tamano));
			String benchmark = parametros.getBenchmark().replaceAll(".*\\.(\\w+)Benchmark\\..*", "$1");
			System.out.printf("%-14s %-10s %6s %6d %,16.0f%n", parametros.getParam("dominio"), benchmark,
					tamano == null ? "-" : tamano, parametros.getThreads(), porSegundo);
		}
	}

	private static java.util.Collection<RunResult> correr(Class<?> benchmark, int hilos) throws RunnerException {
		return new Runner(new OptionsBuilder().include(benchmark.getSimpleName()).threads(hilos).build()).run();
	}

}
