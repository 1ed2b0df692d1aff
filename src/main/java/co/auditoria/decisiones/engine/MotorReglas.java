package co.auditoria.decisiones.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * El motor: guarda el conjunto de reglas activo, lo reemplaza de forma atómica al recargar y evalúa
 * cada decisión en una sesión sin estado propia sobre la KieBase compartida del dominio. Las
 * decisiones en curso terminan con el conjunto con el que empezaron.
 */
@Component
public class MotorReglas {

	private static final Logger log = LoggerFactory.getLogger(MotorReglas.class);

	private final CompiladorReglas compilador;

	private final Map<String, Dominio<?>> dominios = new LinkedHashMap<>();

	private final AtomicReference<ConjuntoReglas> activo = new AtomicReference<>();

	private final Clock reloj;

	public MotorReglas(PropiedadesReglas propiedades, List<Dominio<?>> dominios, Optional<Clock> reloj) {
		this.compilador = new CompiladorReglas(propiedades.directorio().toAbsolutePath().normalize(), dominios);
		dominios.forEach(dominio -> this.dominios.put(dominio.nombre(), dominio));
		this.reloj = reloj.orElse(Clock.system(ZoneId.of(propiedades.zonaHoraria())));
		ConjuntoReglas inicial = compilador.compilar(null);
		activo.set(inicial);
		log.info("Reglas cargadas de {}: versión {} en {} ms ({})", compilador.directorio(), inicial.version(),
				inicial.milisegundosCompilacion(), versiones(inicial));
	}

	public Optional<Dominio<?>> dominio(String nombre) {
		return Optional.ofNullable(dominios.get(nombre));
	}

	public Collection<Dominio<?>> dominios() {
		return dominios.values();
	}

	public ConjuntoReglas activo() {
		return activo.get();
	}

	/** Compila el directorio sin activar nada. */
	public ConjuntoReglas validar() {
		return compilador.compilar(activo.get());
	}

	/** Compila y, solo si todo compila, activa el nuevo conjunto. */
	public synchronized ConjuntoReglas recargar() {
		ConjuntoReglas anterior = activo.get();
		try {
			ConjuntoReglas nuevo = compilador.compilar(anterior);
			activo.set(nuevo);
			log.info("Reglas recargadas: versión {} -> {} en {} ms ({})", anterior.version(), nuevo.version(),
					nuevo.milisegundosCompilacion(), versiones(nuevo));
			return nuevo;
		}
		catch (ReglasInvalidasException ex) {
			log.warn("Recarga rechazada, siguen activas las reglas {}: {}", anterior.version(), ex.errores());
			throw ex;
		}
	}

	/** Decide un caso ya validado con las reglas activas de su dominio. */
	public <S> Evaluacion evaluar(Dominio<S> dominio, S solicitud) {
		ReglasDeDominio reglas = activo.get().dominio(dominio.nombre());
		LocalDate hoy = Objects.requireNonNullElseGet(dominio.fechaEvaluacion(solicitud), () -> LocalDate.now(reloj));
		List<Object> hechos = new ArrayList<>(dominio.hechos(solicitud));
		hechos.add(new Contexto(hoy));

		StatelessKieSession sesion = reglas.sesiones().newStatelessKieSession();
		reglas.globales().forEach(sesion::setGlobal);
		Traza traza = new Traza();
		sesion.addEventListener(traza.agenda);
		sesion.addEventListener(traza.memoria);
		sesion.execute(hechos);

		List<Object> derivados = traza.hechos();
		return new Evaluacion(dominio.nombre(), reglas.version(), resultado(dominio, reglas, derivados),
				causales(reglas, derivados), acciones(derivados), traza.reglas(), List.copyOf(derivados));
	}

	/** El propuesto de más precedencia; sin propuestas, el último de la lista (el caso limpio). */
	private String resultado(Dominio<?> dominio, ReglasDeDominio reglas, List<Object> hechos) {
		List<String> precedencia = dominio.resultadosPorPrecedencia();
		int mejor = precedencia.size() - 1;
		for (Object hecho : hechos) {
			String propuesto = null;
			if (hecho instanceof Resultado resultado) {
				propuesto = resultado.valor();
			}
			else if (hecho instanceof Causal causal) {
				propuesto = reglas.causales().definicion(causal.codigo()).efecto();
			}
			int posicion = propuesto == null ? -1 : precedencia.indexOf(propuesto);
			if (posicion >= 0 && posicion < mejor) {
				mejor = posicion;
			}
		}
		return precedencia.get(mejor);
	}

	private List<Evaluacion.CausalAplicada> causales(ReglasDeDominio reglas, List<Object> hechos) {
		return hechos.stream()
			.filter(Causal.class::isInstance)
			.map(hecho -> reglas.causales().definicion(((Causal) hecho).codigo()))
			.distinct()
			.sorted(Comparator.comparingInt(CatalogoCausales.Definicion::orden))
			.map(causal -> new Evaluacion.CausalAplicada(causal.codigo(), causal.descripcion(), causal.tipo()))
			.toList();
	}

	/** La misma acción pedida por varias reglas se da una vez, con los motivos juntos. */
	private List<Accion> acciones(List<Object> hechos) {
		Map<List<Object>, Accion> unicas = new LinkedHashMap<>();
		for (Object hecho : hechos) {
			if (hecho instanceof Accion accion) {
				List<Object> clave = java.util.Arrays.asList(accion.tipo(), accion.fechaLimite(), accion.destinatarios());
				unicas.merge(clave, accion, (una, otra) -> Objects.equals(una.motivo(), otra.motivo()) ? una
						: new Accion(una.tipo(), una.motivo() + "; " + otra.motivo(), una.fechaLimite(), una.destinatarios()));
			}
		}
		return List.copyOf(unicas.values());
	}

	private static Map<String, String> versiones(ConjuntoReglas conjunto) {
		Map<String, String> versiones = new LinkedHashMap<>();
		conjunto.dominios().forEach((nombre, reglas) -> versiones.put(nombre, reglas.version()));
		return versiones;
	}

}
