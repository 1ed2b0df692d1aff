package co.auditoria.decisiones.api;

import java.io.ByteArrayOutputStream;
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
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lotes de 1, 100 y 10 000 casos por el camino de {@code POST decide/lote} sin HTTP. Decisiones por
 * segundo = operaciones por segundo × tamaño del lote.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class LoteBenchmark {

	@State(Scope.Benchmark)
	public static class Lote {

		@Param({ "1", "100", "10000" })
		public int tamano;

		/** El cuerpo como llega por HTTP a {@code decide/lote}. */
		byte[] cuerpo;

		@Setup(Level.Trial)
		public void armar(Banco banco) {
			ObjectNode lote = JsonNodeFactory.instance.objectNode();
			ArrayNode casos = lote.putArray("casos");
			for (int i = 0; i < tamano; i++) {
				casos.add(banco.casos.get(i % banco.casos.size()));
			}
			cuerpo = lote.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}

	}

	/** La respuesta se escribe entera en memoria, como la escribiría Tomcat al socket. */
	@Benchmark
	public int decidirLote(Banco banco, Lote lote) {
		MockHttpServletRequest solicitud = new MockHttpServletRequest("POST", "/api/v1/" + banco.dominio + "/decide/lote");
		solicitud.setContent(lote.cuerpo);
		ByteArrayOutputStream salida = new ByteArrayOutputStream(lote.cuerpo.length);
		banco.decisor.decidirLote(banco.dominio, null, solicitud, () -> salida);
		return salida.size();
	}

}
