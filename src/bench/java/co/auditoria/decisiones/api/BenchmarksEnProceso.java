package co.auditoria.decisiones.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Los benchmarks en proceso de una vez. Sin argumentos, la comparación (issue 18): la tabla de motores contra el
 * límite escrito a mano, solo las reglas de todos los dominios con MVEL y con el executable model, {@code decide}
 * partido en tramos, y la compilación de {@code rules/} con cada modelo; todo con {@code -prof gc}. Con
 * {@code clasico}: {@code decide} por dominio con 1 y 2 hilos y los lotes. Con otros argumentos es el {@code Main} de
 * JMH de siempre ({@code -Djmh.args="-t 2 DecisionBenchmark"}).
 */
public final class BenchmarksEnProceso {

	private BenchmarksEnProceso() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && !"clasico".equals(args[0])) {
			org.openjdk.jmh.Main.main(args);
			return;
		}
		if (args.length > 0) {
			clasico();
			return;
		}
		List<RunResult> motores = List.copyOf(correr(MotoresBenchmark.class, 1, true));
		List<RunResult> reglas = List.copyOf(correr(ReglasBenchmark.class, 1, true));
		List<RunResult> tramos = List.copyOf(correr(TramosBenchmark.class, 1, true));
		ServicioCompartido.cerrar();
		List<CompilacionModelos.Medida> compilacion = CompilacionModelos.medir();
		TablasComparadas.motores(motores);
		TablasComparadas.reglas(reglas);
		TablasComparadas.tramos(tramos);
		CompilacionModelos.imprimir(compilacion);
		ServicioCompartido.cerrar();
	}

	private static void clasico() throws RunnerException {
		List<RunResult> resultados = new ArrayList<>();
		for (int hilos : new int[] { 1, 2 }) {
			resultados.addAll(correr(DecisionBenchmark.class, hilos, false));
		}
		resultados.addAll(correr(LoteBenchmark.class, 1, false));
		ServicioCompartido.cerrar();
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

	private static Collection<RunResult> correr(Class<?> benchmark, int hilos, boolean memoria) throws RunnerException {
		OptionsBuilder opciones = new OptionsBuilder();
		opciones.include(benchmark.getSimpleName()).threads(hilos);
		if (memoria) {
			opciones.addProfiler(GCProfiler.class);
		}
		return new Runner(opciones.build()).run();
	}

}
