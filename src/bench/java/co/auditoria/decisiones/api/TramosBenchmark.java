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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code decide} en proceso partido en sus tramos, por dominio: leer y validar los bytes, evaluar las reglas, armar
 * la respuesta y escribirla en bytes, y la línea de auditoría (con el logger {@code AUDITORIA} encendido, escrita en
 * el mismo hilo a una salida que descarta: el costo de armarla y formatearla). {@code completo} es todo junto,
 * bytes de entrada a bytes de salida con auditoría; la suma de los tramos debería acercarse a él.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 2, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class TramosBenchmark {

	public static final List<String> TRAMOS = List.of("leer", "evaluar", "responder", "auditar", "completo");

	@State(Scope.Benchmark)
	public static class Tramos {

		LectorSolicitudes lector;

		MotorReglas motor;

		RegistroAuditoria auditoria;

		ObjectMapper json;

		Dominio<Object, Object> dominio;

		List<Object> solicitudes;

		List<Evaluacion> evaluaciones;

		List<Decision<Object>> decisiones;

		@Setup(org.openjdk.jmh.annotations.Level.Trial)
		@SuppressWarnings("unchecked")
		public void preparar(Banco banco) {
			lector = banco.contexto.getBean(LectorSolicitudes.class);
			motor = banco.contexto.getBean(MotorReglas.class);
			auditoria = banco.contexto.getBean(RegistroAuditoria.class);
			json = banco.contexto.getBean(ObjectMapper.class);
			dominio = (Dominio<Object, Object>) motor.dominio(banco.dominio).orElseThrow();
			solicitudes = MotoresBenchmark.solicitudes(banco.contexto, banco.dominio);
			evaluaciones = solicitudes.stream().map(solicitud -> motor.evaluar(dominio, solicitud)).toList();
			decisiones = new java.util.ArrayList<>();
			for (int i = 0; i < solicitudes.size(); i++) {
				decisiones.add(Decision.de("id", evaluaciones.get(i), Instant.now(), dominio.respuesta(solicitudes.get(i), evaluaciones.get(i))));
			}
			auditarSinEscribir();
		}

		/** La auditoría encendida, formateada en el hilo que decide y escrita a una salida que la descarta. */
		private static void auditarSinEscribir() {
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
			logger.setLevel(Level.INFO);
		}

	}

	@State(Scope.Thread)
	public static class Cursor {

		int siguiente;

		int proximo(int total) {
			return siguiente++ % total;
		}

	}

	@Benchmark
	public Object leer(Banco banco, Tramos tramos, Cursor cursor) {
		return tramos.lector.leer(tramos.dominio, banco.cuerpos.get(cursor.proximo(banco.cuerpos.size())));
	}

	@Benchmark
	public Evaluacion evaluar(Tramos tramos, Cursor cursor) {
		return tramos.motor.evaluar(tramos.dominio, tramos.solicitudes.get(cursor.proximo(tramos.solicitudes.size())));
	}

	@Benchmark
	public byte[] responder(Tramos tramos, Cursor cursor) {
		int i = cursor.proximo(tramos.solicitudes.size());
		Evaluacion evaluacion = tramos.evaluaciones.get(i);
		Object propios = tramos.dominio.respuesta(tramos.solicitudes.get(i), evaluacion);
		return tramos.json.writeValueAsBytes(Decision.de("id", evaluacion, Instant.now(), propios));
	}

	@Benchmark
	public void auditar(Tramos tramos, Cursor cursor) {
		int i = cursor.proximo(tramos.solicitudes.size());
		tramos.auditoria.registrar(tramos.decisiones.get(i), tramos.dominio.identificador(tramos.solicitudes.get(i)), "bench", 1_000_000);
	}

	@Benchmark
	public byte[] completo(Banco banco, Tramos tramos, Cursor cursor) {
		Decision<?> decision = banco.decisor.decidir(banco.dominio, banco.cuerpos.get(cursor.proximo(banco.cuerpos.size())));
		return tramos.json.writeValueAsBytes(decision);
	}

}
