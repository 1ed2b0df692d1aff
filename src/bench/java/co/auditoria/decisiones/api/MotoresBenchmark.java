package co.auditoria.decisiones.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import co.auditoria.decisiones.engine.Dominio;
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
import org.springframework.context.ConfigurableApplicationContext;

/**
 * La tabla comparada: la misma decisión de los dominios que son tablas (invalidez, GES) con nuestras reglas DRL
 * (MVEL, como hoy, y el executable model), KIE DMN, el DMN de Camunda y Java escrito a mano (el límite). Los casos
 * son los de {@code examples/<dominio>/}, ya leídos y validados: solo se mide la decisión. Antes de medir, todos
 * los motores deciden todos los casos y deben dar lo mismo; si no, el benchmark falla. Sin fork: ver
 * {@link ServicioCompartido}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(0)
public class MotoresBenchmark {

	public static final String[] MOTORES = { "java", "drl-mvel", "drl-ejecutable", "dmn-kie", "dmn-camunda" };

	@State(Scope.Benchmark)
	public static class Motores {

		@Param({ "invalidez", "ges" })
		public String dominio;

		@Param({ "java", "drl-mvel", "drl-ejecutable", "dmn-kie", "dmn-camunda" })
		public String motor;

		List<Object> solicitudes;

		MotorComparado medido;

		@Setup(Level.Trial)
		public void preparar() {
			medido = motores(dominio).get(motor);
			solicitudes = solicitudes(ServicioCompartido.contexto(), dominio);
		}

	}

	@State(Scope.Thread)
	public static class Cursor {

		int siguiente;

	}

	@Benchmark
	public DecisionComparada decidir(Motores motores, Cursor cursor, CpuDelHilo cpu) {
		cpu.decisiones++;
		return motores.medido.decidir(motores.solicitudes.get(cursor.siguiente++ % motores.solicitudes.size()));
	}

	private static final Map<String, Map<String, MotorComparado>> MOTORES_POR_DOMINIO = new java.util.HashMap<>();

	/** Los cinco motores de un dominio, construidos y comprobados iguales la primera vez que se piden. */
	static synchronized Map<String, MotorComparado> motores(String nombre) {
		return MOTORES_POR_DOMINIO.computeIfAbsent(nombre, clave -> {
			Map<String, MotorComparado> motores = construir(clave);
			comprobarIguales(motores, solicitudes(ServicioCompartido.contexto(), clave));
			return motores;
		});
	}

	private static Map<String, MotorComparado> construir(String nombre) {
		MotorReglas mvel = ServicioCompartido.mvel();
		Dominio<?, ?> dominio = ServicioCompartido.dominio(nombre);
		ParesDeDominio<?> pares = switch (nombre) {
			case "invalidez" -> new ParesInvalidez(mvel.activo().dominio(nombre));
			case "ges" -> new ParesGes();
			default -> throw new IllegalArgumentException("sin DMN ni Java a mano: " + nombre);
		};
		Map<String, MotorComparado> motores = new LinkedHashMap<>();
		motores.put("java", MotorComparado.aMano(pares));
		motores.put("drl-mvel", MotorComparado.drools(mvel, dominio, pares));
		motores.put("drl-ejecutable", MotorComparado.drools(ServicioCompartido.ejecutable(nombre), dominio, pares));
		motores.put("dmn-kie", MotorComparado.kieDmn(nombre, pares));
		motores.put("dmn-camunda", MotorComparado.camundaDmn(nombre, pares));
		return motores;
	}

	/** Las solicitudes válidas de {@code examples/<dominio>/}, leídas y validadas como en {@code decide}. */
	static List<Object> solicitudes(ConfigurableApplicationContext contexto, String nombre) {
		LectorSolicitudes lector = contexto.getBean(LectorSolicitudes.class);
		Dominio<?, ?> dominio = contexto.getBean(MotorReglas.class).dominio(nombre).orElseThrow();
		try (Stream<Path> archivos = Files.list(Path.of("examples", nombre))) {
			return archivos.filter(archivo -> archivo.toString().endsWith(".json"))
				.filter(archivo -> !archivo.getFileName().toString().contains("invalida"))
				.sorted()
				.map(archivo -> (Object) lector.leer(dominio, leer(archivo)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Cada motor decide cada caso igual que el límite escrito a mano; si no, no se mide nada. */
	static void comprobarIguales(Map<String, MotorComparado> motores, List<Object> solicitudes) {
		MotorComparado limite = motores.get("java");
		for (Object solicitud : solicitudes) {
			DecisionComparada esperada = limite.decidir(solicitud);
			motores.forEach((nombre, motor) -> {
				DecisionComparada obtenida = motor.decidir(solicitud);
				if (!esperada.equals(obtenida)) {
					throw new IllegalStateException(nombre + " decide distinto un caso: " + obtenida + " en vez de " + esperada);
				}
			});
		}
	}

	private static byte[] leer(Path archivo) {
		try {
			return Files.readAllBytes(archivo);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
