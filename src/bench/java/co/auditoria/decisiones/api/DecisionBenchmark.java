package co.auditoria.decisiones.api;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisiones por segundo de un caso a la vez, por dominio, por el mismo camino que {@code POST decide}
 * sin HTTP: leer y validar el JSON, evaluar las reglas reales y armar la decisión. Añadir un dominio es
 * añadir su nombre a {@code dominio}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class DecisionBenchmark {

	@Param({ "invalidez", "incapacidades", "glosas", "ges" })
	public String dominio;

	private Banco banco;

	@Setup(Level.Trial)
	public void arrancar() {
		banco = new Banco(dominio);
	}

	@TearDown(Level.Trial)
	public void detener() {
		banco.close();
	}

	@State(Scope.Thread)
	public static class Cursor {

		int siguiente;

	}

	@Benchmark
	public Decision decidir(Cursor cursor) {
		int indice = cursor.siguiente++ % banco.casos.size();
		return banco.decisor.decidir(dominio, banco.casos.get(indice));
	}

}
