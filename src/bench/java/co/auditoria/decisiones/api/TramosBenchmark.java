package co.auditoria.decisiones.api;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code decide} en proceso de punta a punta (bytes de la solicitud a bytes de la respuesta, con la línea de auditoría y
 * las métricas), por dominio, con el tiempo de cada tramo medido en la misma decisión: leer y validar los bytes,
 * evaluar las reglas, armar la respuesta y escribirla en bytes, auditar (el logger {@code AUDITORIA} encendido, escrito
 * en el mismo hilo a una salida que descarta: el costo de armar y formatear la línea) y contar en las métricas. Los
 * tramos son los pasos de {@code Decisor.decidir}, uno tras otro. Sin fork: ver {@link ServicioCompartido}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(0)
public class TramosBenchmark {

	public static final List<String> TRAMOS = List.of("leerNs", "evaluarNs", "responderNs", "auditarNs");

	@State(Scope.Benchmark)
	public static class Tramos {

		LectorSolicitudes lector;

		MotorReglas motor;

		RegistroAuditoria auditoria;

		MetricasDecisiones metricas;

		ObjectMapper json;

		Dominio<Object, Object> dominio;

		@Setup(org.openjdk.jmh.annotations.Level.Trial)
		@SuppressWarnings("unchecked")
		public void preparar(Banco banco) {
			lector = banco.contexto.getBean(LectorSolicitudes.class);
			motor = banco.contexto.getBean(MotorReglas.class);
			auditoria = banco.contexto.getBean(RegistroAuditoria.class);
			metricas = banco.contexto.getBean(MetricasDecisiones.class);
			json = banco.contexto.getBean(ObjectMapper.class);
			dominio = (Dominio<Object, Object>) motor.dominio(banco.dominio).orElseThrow();
			auditarSinEscribir(Level.INFO);
		}

		@TearDown(org.openjdk.jmh.annotations.Level.Trial)
		public void apagarAuditoria() {
			auditarSinEscribir(Level.OFF);
		}

		/** La auditoría formateada en el hilo que decide y escrita a una salida que la descarta. */
		private static void auditarSinEscribir(Level nivel) {
			LoggerContext contexto = (LoggerContext) LoggerFactory.getILoggerFactory();
			PatternLayoutEncoder formato = new PatternLayoutEncoder();
			formato.setContext(contexto);
			formato.setPattern("%msg%n");
			formato.start();
			OutputStreamAppender<ILoggingEvent> descarte = new OutputStreamAppender<>();
			descarte.setContext(contexto);
			descarte.setEncoder(formato);
			descarte.setOutputStream(OutputStream.nullOutputStream());
			descarte.start();
			Logger logger = contexto.getLogger("AUDITORIA");
			logger.detachAndStopAllAppenders();
			logger.addAppender(descarte);
			logger.setLevel(nivel);
		}

	}

	/** Nanosegundos de cada tramo, sumados; JMH los da por segundo de medición. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Reloj {

		public long leerNs;

		public long evaluarNs;

		public long responderNs;

		public long auditarNs;

		int siguiente;

		@Setup(org.openjdk.jmh.annotations.Level.Iteration)
		public void poner() {
			leerNs = 0;
			evaluarNs = 0;
			responderNs = 0;
			auditarNs = 0;
		}

	}

	@Benchmark
	public byte[] decidir(Banco banco, Tramos tramos, Reloj reloj, CpuDelHilo cpu) {
		cpu.decisiones++;
		byte[] cuerpo = banco.cuerpos.get(reloj.siguiente++ % banco.cuerpos.size());
		long inicio = System.nanoTime();
		Object solicitud = tramos.lector.leer(tramos.dominio, cuerpo);
		long leido = System.nanoTime();
		Evaluacion evaluacion = tramos.motor.evaluar(tramos.dominio, solicitud);
		long evaluado = System.nanoTime();
		Decision<Object> decision = Decision.de("id", evaluacion, Instant.now(), tramos.dominio.respuesta(solicitud, evaluacion));
		byte[] respuesta = tramos.json.writeValueAsBytes(decision);
		long respondido = System.nanoTime();
		tramos.auditoria.registrar(decision, tramos.dominio.identificador(solicitud), "bench", respondido - inicio);
		tramos.metricas.decision(tramos.dominio.nombre(), decision.resultado(), respondido - inicio);
		long auditado = System.nanoTime();
		reloj.leerNs += leido - inicio;
		reloj.evaluarNs += evaluado - leido;
		reloj.responderNs += respondido - evaluado;
		reloj.auditarNs += auditado - respondido;
		return respuesta;
	}

}
