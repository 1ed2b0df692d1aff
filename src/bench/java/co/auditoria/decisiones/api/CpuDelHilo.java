package co.auditoria.decisiones.api;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * El tiempo de CPU del hilo que mide, por iteración, y cuántas decisiones tomó: en una máquina compartida cargada, el
 * hilo pasa buena parte del tiempo sin núcleo y las decisiones por segundo de reloj miden la carga de los demás; las
 * decisiones por segundo de CPU miden la decisión. Cada benchmark suma {@link #decisiones} en cada llamada.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuDelHilo {

	private static final ThreadMXBean HILOS = ManagementFactory.getThreadMXBean();

	public long cpuNs;

	public long decisiones;

	private long inicio;

	@Setup(Level.Iteration)
	public void empezar() {
		cpuNs = 0;
		decisiones = 0;
		inicio = HILOS.getCurrentThreadCpuTime();
	}

	@TearDown(Level.Iteration)
	public void terminar() {
		cpuNs = HILOS.getCurrentThreadCpuTime() - inicio;
	}

	/** Microsegundos de CPU por decisión a partir de los contadores de una prueba de JMH. */
	static double microsegundos(org.openjdk.jmh.results.RunResult resultado) {
		var secundarios = resultado.getSecondaryResults();
		if (!secundarios.containsKey("cpuNs") || !secundarios.containsKey("decisiones")) {
			return Double.NaN;
		}
		return secundarios.get("cpuNs").getScore() / secundarios.get("decisiones").getScore() / 1000;
	}

}
