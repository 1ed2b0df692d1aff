package co.auditoria.decisiones.simulacion;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import co.auditoria.decisiones.api.LectorSolicitudes;
import co.auditoria.decisiones.api.SolicitudInvalidaException;
import co.auditoria.decisiones.engine.Dominio;
import co.auditoria.decisiones.engine.Evaluacion;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasDeDominio;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Decide cada caso de un lote con las reglas activas y con las candidatas y compara: lo que cambia sale por
 * {@code salida} y todo suma al {@link ResumenSimulacion}. Los casos llegan de a uno y se deciden por bloques en
 * todos los núcleos mientras se lee el bloque siguiente: un año de casos no se tiene nunca en memoria. Nada de esto es
 * una decisión: no se audita ni se cuenta en las métricas, y las candidatas nunca deciden {@code decide}.
 */
@Component
public class Simulador {

	private static final int BLOQUE = 512;

	private final MotorReglas motor;

	private final LectorSolicitudes lector;

	Simulador(MotorReglas motor, LectorSolicitudes lector) {
		this.motor = motor;
		this.lector = lector;
	}

	/** Cuántos casos van y cuántos cambian, después de cada bloque. */
	public interface Progreso {

		void avance(int casos, int cambian);

	}

	/**
	 * @param salida recibe cada caso comparado, en el orden del lote (quien escribe decide si solo los que cambian)
	 */
	public <S, R> ResumenSimulacion simular(Dominio<S, R> dominio, ReglasDeDominio antes, ReglasDeDominio despues,
			Iterator<CasoSimulado> casos, Consumer<CasoComparado> salida, Progreso progreso) {
		CamposDinero dinero = new CamposDinero(dominio.tipoRespuesta());
		ResumenSimulacion resumen = new ResumenSimulacion(dominio.resultados(), dinero.nombres());
		int hilos = Runtime.getRuntime().availableProcessors();
		ClassLoader cargador = getClass().getClassLoader();
		ExecutorService trabajadores = Executors.newFixedThreadPool(hilos, tarea -> {
			Thread hilo = new Thread(tarea, "simulacion");
			hilo.setDaemon(true);
			// Como en la compilación: KIE busca sus servicios con el cargador del hilo.
			hilo.setContextClassLoader(cargador);
			return hilo;
		});
		try {
			List<Future<List<CasoComparado>>> enCurso = List.of();
			while (casos.hasNext() || !enCurso.isEmpty()) {
				List<CasoSimulado> bloque = new ArrayList<>(BLOQUE);
				while (casos.hasNext() && bloque.size() < BLOQUE) {
					bloque.add(casos.next());
				}
				// El bloque anterior se decidió mientras se leía este.
				for (Future<List<CasoComparado>> parte : enCurso) {
					for (CasoComparado comparado : esperar(parte)) {
						resumen.agregar(comparado);
						salida.accept(comparado);
					}
				}
				if (!enCurso.isEmpty()) {
					progreso.avance(resumen.total(), resumen.cambian());
				}
				enCurso = repartir(bloque, hilos, trabajadores, caso -> comparar(dominio, caso, antes, despues, dinero));
			}
		}
		finally {
			trabajadores.shutdownNow();
		}
		return resumen;
	}

	private static List<Future<List<CasoComparado>>> repartir(List<CasoSimulado> bloque, int partes,
			ExecutorService trabajadores, java.util.function.Function<CasoSimulado, CasoComparado> comparar) {
		List<Future<List<CasoComparado>>> futuros = new ArrayList<>();
		int tamano = Math.max(1, (bloque.size() + partes - 1) / partes);
		for (int desde = 0; desde < bloque.size(); desde += tamano) {
			List<CasoSimulado> parte = bloque.subList(desde, Math.min(bloque.size(), desde + tamano));
			futuros.add(trabajadores.submit(() -> parte.stream().map(comparar).toList()));
		}
		return futuros;
	}

	private static <T> T esperar(Future<T> futuro) {
		try {
			return futuro.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Simulación interrumpida", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException causa ? causa : new IllegalStateException(ex.getCause());
		}
	}

	private <S, R> CasoComparado comparar(Dominio<S, R> dominio, CasoSimulado caso, ReglasDeDominio antes,
			ReglasDeDominio despues, CamposDinero dinero) {
		S solicitud;
		try {
			solicitud = lector.leer(dominio, caso.json());
		}
		catch (SolicitudInvalidaException ex) {
			return CasoComparado.invalido(caso, identificador(dominio, caso.json()), ex.errores());
		}
		return new CasoComparado(caso.origen(), caso.nombre(), dominio.identificador(solicitud),
				desenlace(dominio, solicitud, antes, dinero), desenlace(dominio, solicitud, despues, dinero), null);
	}

	private <S, R> Desenlace desenlace(Dominio<S, R> dominio, S solicitud, ReglasDeDominio reglas, CamposDinero dinero) {
		try {
			Evaluacion evaluacion = motor.evaluar(reglas, dominio, solicitud);
			return Desenlace.de(evaluacion, dinero.de(dominio.respuesta(solicitud, evaluacion)));
		}
		catch (RuntimeException ex) {
			return Desenlace.fallido(ex);
		}
	}

	private static String identificador(Dominio<?, ?> dominio, JsonNode caso) {
		JsonNode valor = caso == null ? null : RutaJson.leer(caso, dominio.campoIdentificador());
		return valor == null || !valor.isValueNode() ? null : valor.asString();
	}

}
