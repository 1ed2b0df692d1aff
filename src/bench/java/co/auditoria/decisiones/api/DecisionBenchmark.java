package co.auditoria.decisiones.api;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisiones por segundo de un caso a la vez, por dominio, por el mismo camino que {@code POST decide}
 * sin HTTP: leer y validar los bytes del JSON, evaluar las reglas reales y armar la decisión.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class DecisionBenchmark {

	/** Cada hilo recorre la mezcla de casos por su cuenta. */
	@State(Scope.Thread)
	public static class Cursor {

		int siguiente;

	}

	@Benchmark
	public Decision decidir(Banco banco, Cursor cursor) {
		int indice = cursor.siguiente++ % banco.cuerpos.size();
		return banco.decisor.decidir(banco.dominio, banco.cuerpos.get(indice));
	}

}
