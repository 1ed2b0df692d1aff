package co.auditoria.decisiones.api;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.DecisionesApplication;
import co.auditoria.decisiones.engine.CompiladorReglas;
import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.ModeloReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Compilar todo {@code rules/} con cada modelo de Drools (MVEL y executable model): milisegundos de la compilación
 * completa (la del arranque, en paralelo por dominio), el heap que retienen las KieBases compiladas, y la
 * recompilación de cada dominio solo (lo que cuesta recargarlo). Cada medida es la mejor de {@code REPETICIONES},
 * tras una compilación de calentamiento, en la misma JVM.
 */
final class CompilacionModelos {

	private static final int REPETICIONES = 1;

	private CompilacionModelos() {
	}

	record Medida(ModeloReglas modelo, long milisegundosTodo, long bytesRetenidos, Map<String, Long> milisegundosPorDominio) {
	}

	static List<Medida> medir() {
		try (ConfigurableApplicationContext contexto = new SpringApplicationBuilder(DecisionesApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("reglas.vigilar=false", "logging.level.root=ERROR", "logging.level.AUDITORIA=OFF")
			.run()) {
			List<Dominio<?, ?>> dominios = List.copyOf(contexto.getBean(MotorReglas.class).dominios());
			Path reglas = Path.of("rules").toAbsolutePath();
			List<Medida> medidas = new ArrayList<>();
			for (ModeloReglas modelo : ModeloReglas.values()) {
				CompiladorReglas compilador = new CompiladorReglas(reglas, dominios, modelo);
				compilador.compilar(null);
				long mejor = Long.MAX_VALUE;
				long retenidos = Long.MAX_VALUE;
				for (int i = 0; i < REPETICIONES; i++) {
					long antes = heapTrasGc();
					long inicio = System.nanoTime();
					ConjuntoReglas conjunto = compilador.compilar(null);
					mejor = Math.min(mejor, (System.nanoTime() - inicio) / 1_000_000);
					retenidos = Math.min(retenidos, heapTrasGc() - antes);
					if (conjunto.dominios().isEmpty()) {
						throw new IllegalStateException("sin dominios");
					}
				}
				Map<String, Long> porDominio = new LinkedHashMap<>();
				for (Dominio<?, ?> dominio : dominios) {
					CompiladorReglas solo = new CompiladorReglas(reglas, List.of(dominio), modelo);
					long mejorDominio = Long.MAX_VALUE;
					for (int i = 0; i < REPETICIONES; i++) {
						long inicio = System.nanoTime();
						solo.compilar(null);
						mejorDominio = Math.min(mejorDominio, (System.nanoTime() - inicio) / 1_000_000);
					}
					porDominio.put(dominio.nombre(), mejorDominio);
				}
				medidas.add(new Medida(modelo, mejor, retenidos, porDominio));
			}
			return medidas;
		}
	}

	private static long heapTrasGc() {
		MemoryMXBean memoria = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memoria.getHeapMemoryUsage().getUsed();
	}

	static void imprimir(List<Medida> medidas) {
		System.out.println();
		System.out.println("Compilar rules/ entero (arranque) y cada dominio solo (recarga), mejor de " + REPETICIONES + ":");
		System.out.printf("%-11s %12s %14s   %s%n", "modelo", "todo (ms)", "heap (MB)", "un dominio (ms)");
		for (Medida medida : medidas) {
			System.out.printf("%-11s %,12d %,14.1f   %s%n", medida.modelo().name().toLowerCase(), medida.milisegundosTodo(),
					medida.bytesRetenidos() / 1e6, medida.milisegundosPorDominio());
		}
	}

	public static void main(String[] args) {
		imprimir(medir());
	}

}
