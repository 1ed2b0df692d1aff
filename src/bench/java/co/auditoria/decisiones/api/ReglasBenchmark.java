package co.auditoria.decisiones.api;

import java.util.List;
import java.util.concurrent.TimeUnit;

import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
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

/**
 * Solo las reglas, en todos los dominios: {@code MotorReglas.evaluar} de solicitudes ya leídas y validadas, con el
 * modelo MVEL de hoy y con el executable model compilado de los mismos archivos. Antes de medir, los dos modelos
 * deben dar la misma evaluación (resultado, causales, acciones y reglas aplicadas) en todos los casos. Sin fork: ver
 * {@link ServicioCompartido}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(0)
public class ReglasBenchmark {

	@State(Scope.Benchmark)
	public static class Reglas {

		@Param({ "mvel", "ejecutable" })
		public String modelo;

		MotorReglas motor;

		Dominio<Object, ?> reglasDe;

		List<Object> solicitudes;

		@Setup(Level.Trial)
		@SuppressWarnings("unchecked")
		public void preparar(Banco banco) {
			MotorReglas mvel = ServicioCompartido.mvel();
			reglasDe = (Dominio<Object, ?>) ServicioCompartido.dominio(banco.dominio);
			solicitudes = MotoresBenchmark.solicitudes(ServicioCompartido.contexto(), banco.dominio);
			motor = "mvel".equals(modelo) ? mvel : ServicioCompartido.ejecutable(banco.dominio);
			for (Object solicitud : solicitudes) {
				Evaluacion esperada = mvel.evaluar(reglasDe, solicitud);
				Evaluacion obtenida = motor.evaluar(reglasDe, solicitud);
				if (!esperada.resultado().equals(obtenida.resultado()) || !esperada.causales().equals(obtenida.causales())
						|| !esperada.acciones().equals(obtenida.acciones())
						|| !esperada.reglasAplicadas().equals(obtenida.reglasAplicadas())) {
					throw new IllegalStateException(modelo + " evalúa distinto un caso de " + banco.dominio);
				}
			}
		}

	}

	@State(Scope.Thread)
	public static class Cursor {

		int siguiente;

	}

	@Benchmark
	public Evaluacion evaluar(Reglas reglas, Cursor cursor, CpuDelHilo cpu) {
		cpu.decisiones++;
		return reglas.motor.evaluar(reglas.reglasDe, reglas.solicitudes.get(cursor.siguiente++ % reglas.solicitudes.size()));
	}

}
