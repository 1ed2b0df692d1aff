package co.auditoria.decisiones;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import co.auditoria.decisiones.api.SolicitudInvalidaException;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasInvalidasException;
import co.auditoria.decisiones.simulacion.Candidata;
import co.auditoria.decisiones.simulacion.Candidatas;
import co.auditoria.decisiones.simulacion.CasoSimulado;
import co.auditoria.decisiones.simulacion.FuentesDeCasos;
import co.auditoria.decisiones.simulacion.LectorCasos;
import co.auditoria.decisiones.simulacion.ResumenSimulacion;
import co.auditoria.decisiones.simulacion.Simulador;
import co.auditoria.decisiones.simulacion.TextoSimulacion;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.ObjectMapper;

/**
 * Simula una candidata sin servidor, para analistas: decide los mismos casos con las reglas de {@code ./rules} (o
 * {@code -Dreglas.directorio}) y con las de una copia editada, e imprime qué cambia.
 *
 * <pre>
 * ./mvnw -q compile exec:java@simular -Dsimulacion.candidata=/tmp/candidata -Dsimulacion.dominio=glosas
 *        [-Dsimulacion.casos=ejemplos,features | -Dsimulacion.casos=/datos/facturas-2025.jsonl]
 *        [-Dsimulacion.salida=target/simulacion-glosas.jsonl]
 * </pre>
 *
 * Los casos que cambian van, uno por línea, al archivo de salida (los primeros también a la consola); el avance, a la
 * salida de errores cada pocos segundos. Termina con código 1 si la candidata no compila y 2 si falta algo.
 */
public final class SimularReglas {

	private static final long AVISO_CADA_MS = 5_000;

	private SimularReglas() {
	}

	public static void main(String[] args) {
		System.exit(simular(args, System.out, System.err));
	}

	static int simular(String[] args, PrintStream salida, PrintStream avisos) {
		String candidata = System.getProperty("simulacion.candidata");
		String dominio = System.getProperty("simulacion.dominio");
		String casos = System.getProperty("simulacion.casos", "ejemplos,features");
		Path archivoSalida = Path.of(System.getProperty("simulacion.salida", "target/simulacion-" + dominio + ".jsonl"));
		if (candidata == null || dominio == null) {
			avisos.println("Uso: ./mvnw -q compile exec:java@simular -Dsimulacion.candidata=<copia de rules> "
					+ "-Dsimulacion.dominio=<dominio> [-Dsimulacion.casos=ejemplos,features|<archivo .json o .jsonl>] "
					+ "[-Dsimulacion.salida=<archivo>]");
			return 2;
		}
		try (ConfigurableApplicationContext contexto = SinServidor.arrancar(args)) {
			MotorReglas motor = contexto.getBean(MotorReglas.class);
			Dominio<?, ?> elDominio = motor.dominio(dominio).orElse(null);
			if (elDominio == null) {
				avisos.println("No existe el dominio " + dominio);
				return 2;
			}
			Candidata laCandidata = contexto.getBean(Candidatas.class).deDirectorio(candidata);
			TextoSimulacion texto = new TextoSimulacion(salida);
			texto.encabezado(dominio, motor.activo().dominio(dominio).version(), laCandidata);
			Iterator<CasoSimulado> lote = casos(contexto.getBean(FuentesDeCasos.class), dominio, casos);
			ResumenSimulacion.Resumen resumen = simular(contexto, elDominio, laCandidata, lote, archivoSalida, texto, avisos);
			texto.resumen(resumen);
			salida.printf("Casos que cambian: %s; heap máximo usado: %d MB%n", archivoSalida, heapMaximoMb());
			return 0;
		}
		catch (ReglasInvalidasException ex) {
			ex.errores().forEach(salida::println);
			salida.println(ex.errores().size() + " error(es): la candidata no compila");
			return 1;
		}
		catch (SolicitudInvalidaException ex) {
			avisos.println(ex.getMessage() + " " + ex.errores());
			return 2;
		}
	}

	private static ResumenSimulacion.Resumen simular(ConfigurableApplicationContext contexto, Dominio<?, ?> dominio,
			Candidata candidata, Iterator<CasoSimulado> lote, Path archivoSalida, TextoSimulacion texto, PrintStream avisos) {
		MotorReglas motor = contexto.getBean(MotorReglas.class);
		ObjectMapper json = contexto.getBean(ObjectMapper.class);
		long inicio = System.nanoTime();
		long[] ultimoAviso = { inicio };
		int[] mostrados = { 0 };
		try {
			if (archivoSalida.getParent() != null) {
				Files.createDirectories(archivoSalida.getParent());
			}
			try (BufferedWriter escritor = Files.newBufferedWriter(archivoSalida, StandardCharsets.UTF_8)) {
				ResumenSimulacion resumen = contexto.getBean(Simulador.class).simular(dominio,
						motor.activo().dominio(dominio.nombre()), candidata.conjunto().dominio(dominio.nombre()), lote, caso -> {
							if (caso.cambia()) {
								escribir(escritor, json.writeValueAsString(caso));
								if (mostrados[0]++ < TextoSimulacion.CASOS_EN_CONSOLA) {
									texto.caso(caso);
								}
							}
						}, (total, cambian) -> {
							long ahora = System.nanoTime();
							if ((ahora - ultimoAviso[0]) / 1_000_000 >= AVISO_CADA_MS) {
								ultimoAviso[0] = ahora;
								avisos.printf("  ... %d casos, %d cambian (%d casos/s)%n", total, cambian,
										total * 1_000_000_000L / (ahora - inicio));
							}
						});
				texto.otros(mostrados[0] - TextoSimulacion.CASOS_EN_CONSOLA, archivoSalida);
				return resumen.resumen((System.nanoTime() - inicio) / 1_000_000);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (lote instanceof LectorCasos lector) {
				lector.close();
			}
		}
	}

	private static Iterator<CasoSimulado> casos(FuentesDeCasos fuentes, String dominio, String casos) {
		if (casos.endsWith(".json") || casos.endsWith(".jsonl") || casos.endsWith(".ndjson")) {
			return fuentes.archivo(Path.of(casos));
		}
		return fuentes.segun(dominio, casos, "simulacion.casos").iterator();
	}

	private static void escribir(BufferedWriter escritor, String linea) {
		try {
			escritor.write(linea);
			escritor.newLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lo máximo que llegó a usar el heap (sumando el pico de cada zona): cuánta memoria pidió la simulación. */
	private static long heapMaximoMb() {
		long bytes = 0;
		for (MemoryPoolMXBean zona : ManagementFactory.getMemoryPoolMXBeans()) {
			if (zona.getType() == MemoryType.HEAP) {
				bytes += zona.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024 * 1024);
	}

}
