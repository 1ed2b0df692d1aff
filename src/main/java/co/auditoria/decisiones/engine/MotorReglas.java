package co.auditoria.decisiones.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
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

	private final Map<String, Dominio<?, ?>> dominios = new LinkedHashMap<>();

	private final AtomicReference<ConjuntoReglas> activo = new AtomicReference<>();

	private final Clock reloj;

	/** Huella del último contenido en disco que no compiló, para no reintentarlo en cada sondeo. */
	private String ultimaRechazada;

	/** Quién activa las reglas al arrancar el servicio, en los eventos de activación. */
	public static final String ARRANQUE = "arranque";

	private final ApplicationEventPublisher eventos;

	private List<ErrorRegla> erroresAlArrancar = List.of();

	/**
	 * @param eventos dónde se publican {@link ReglasActivadas} y {@link RecargaRechazada} (auditoría, métricas);
	 *        en una prueba sin Spring basta {@code evento -> {}}
	 */
	public MotorReglas(PropiedadesReglas propiedades, List<Dominio<?, ?>> dominios, Optional<Clock> reloj,
			ApplicationEventPublisher eventos) {
		this.compilador = new CompiladorReglas(propiedades.directorio().toAbsolutePath().normalize(), dominios,
				propiedades.modelo());
		dominios.forEach(dominio -> this.dominios.put(dominio.nombre(), dominio));
		this.reloj = reloj.orElse(Clock.system(ZoneId.of(propiedades.zonaHoraria())));
		this.eventos = eventos;
		try {
			ConjuntoReglas inicial = compilador.compilar(null);
			activo.set(inicial);
			log.info("Reglas cargadas de {}: versión {} en {} ms ({})", compilador.directorio(), inicial.version(),
					inicial.milisegundosCompilacion(), versiones(inicial));
		}
		catch (ReglasInvalidasException ex) {
			if (propiedades.exigirAlArrancar()) {
				throw ex;
			}
			log.error("Las reglas de {} no compilan; el servicio queda fuera de servicio hasta que compilen: {}",
					compilador.directorio(), ex.errores());
			erroresAlArrancar = ex.errores();
		}
	}

	/**
	 * La activación del arranque se anuncia cuando el contexto ya está listo: antes, los que escuchan (auditoría,
	 * métricas) todavía no están registrados y el evento se perdería.
	 */
	@EventListener(ContextRefreshedEvent.class)
	void anunciarArranque() {
		ConjuntoReglas inicial = activo.get();
		if (inicial != null) {
			eventos.publishEvent(activacion(ARRANQUE, null, inicial));
		}
		else {
			eventos.publishEvent(new RecargaRechazada(ARRANQUE, null, erroresAlArrancar, Instant.now()));
		}
	}

	public Optional<Dominio<?, ?>> dominio(String nombre) {
		return Optional.ofNullable(dominios.get(nombre));
	}

	public Collection<Dominio<?, ?>> dominios() {
		return dominios.values();
	}

	/** El conjunto activo, o {@code null} si el servicio arrancó sin reglas válidas. */
	public ConjuntoReglas activo() {
		return activo.get();
	}

	private ConjuntoReglas activoOFalla() {
		ConjuntoReglas conjunto = activo.get();
		if (conjunto == null) {
			throw new ReglasNoDisponiblesException();
		}
		return conjunto;
	}

	/** Compila el directorio sin activar nada. */
	public ConjuntoReglas validar() {
		return compilador.compilar(activo.get());
	}

	/**
	 * Recarga solo si el contenido en disco no es el activo: lo que llama el vigilante ante cualquier evento
	 * del directorio (un ConfigMap o un {@code ln -sfn} cambian el directorio sin tocar ningún {@code .drl}).
	 */
	public synchronized void recargarSiCambio(String quien) {
		ConjuntoReglas actual = activo.get();
		String enDisco = compilador.versionEnDisco();
		if ((actual != null && enDisco.equals(actual.version())) || enDisco.equals(ultimaRechazada)) {
			return;
		}
		try {
			recargar(quien);
		}
		catch (ReglasInvalidasException ex) {
			// Ya registrado; no se vuelve a intentar hasta que el contenido cambie otra vez.
			ultimaRechazada = enDisco;
		}
	}

	/**
	 * Compila y, solo si todo compila, activa el nuevo conjunto; lo anuncia con {@link ReglasActivadas} si la
	 * versión cambió, o con {@link RecargaRechazada}.
	 * @param quien quién pide la recarga: el nombre del sistema cliente o {@code vigilante}
	 */
	public synchronized ConjuntoReglas recargar(String quien) {
		ConjuntoReglas anterior = activo.get();
		String versionAnterior = anterior == null ? null : anterior.version();
		try {
			ConjuntoReglas nuevo = compilador.compilar(anterior);
			activo.set(nuevo);
			log.info("Reglas recargadas por {}: versión {} -> {} en {} ms ({})", quien, versionAnterior, nuevo.version(),
					nuevo.milisegundosCompilacion(), versiones(nuevo));
			if (!nuevo.version().equals(versionAnterior)) {
				eventos.publishEvent(activacion(quien, anterior, nuevo));
			}
			return nuevo;
		}
		catch (ReglasInvalidasException ex) {
			log.warn("Recarga de {} rechazada, siguen activas las reglas {}: {}", quien, versionAnterior, ex.errores());
			eventos.publishEvent(new RecargaRechazada(quien, versionAnterior, ex.errores(), Instant.now()));
			throw ex;
		}
	}

	private static ReglasActivadas activacion(String quien, ConjuntoReglas anterior, ConjuntoReglas nuevo) {
		Map<String, String> antes = new TreeMap<>();
		if (anterior != null) {
			anterior.dominios().values().forEach(reglas -> antes.putAll(reglas.fuentes()));
		}
		Map<String, String> ahora = new TreeMap<>();
		nuevo.dominios().values().forEach(reglas -> ahora.putAll(reglas.fuentes()));
		Set<String> rutas = new TreeSet<>(antes.keySet());
		rutas.addAll(ahora.keySet());
		List<String> cambiados = rutas.stream().filter(ruta -> !Objects.equals(antes.get(ruta), ahora.get(ruta))).toList();
		return new ReglasActivadas(quien, anterior == null ? null : anterior.version(), nuevo.version(), versiones(nuevo),
				cambiados, nuevo.cargadoEn());
	}

	/** Decide un caso ya validado con las reglas activas de su dominio. */
	public <S> Evaluacion evaluar(Dominio<S, ?> dominio, S solicitud) {
		ReglasDeDominio reglas = activoOFalla().dominio(dominio.nombre());
		Veredicto veredicto = new Veredicto(dominio.resultados(), reglas.causales());
		List<Object> hechos = new ArrayList<>(dominio.hechos(solicitud));
		hechos.add(contexto(dominio, solicitud));
		hechos.add(veredicto);

		StatelessKieSession sesion = reglas.sesiones().newStatelessKieSession();
		reglas.globales().forEach(sesion::setGlobal);
		Traza traza = new Traza();
		sesion.addEventListener(traza.agenda);
		sesion.addEventListener(traza.memoria);
		sesion.execute(hechos);

		List<Object> derivados = traza.hechos();
		return new Evaluacion(dominio.nombre(), reglas.version(), veredicto.getResultado(),
				causales(reglas, derivados), acciones(derivados), traza.reglas(), List.copyOf(derivados));
	}

	/** "Hoy" y "ahora" de la solicitud si los fija; si no, los del reloj en la zona de las reglas. */
	private <S> Contexto contexto(Dominio<S, ?> dominio, S solicitud) {
		LocalDateTime ahora = dominio.fechaHoraEvaluacion(solicitud);
		LocalDate hoy = dominio.fechaEvaluacion(solicitud);
		if (ahora == null) {
			ahora = hoy != null ? hoy.atStartOfDay() : LocalDateTime.now(reloj).truncatedTo(ChronoUnit.MINUTES);
		}
		return new Contexto(hoy != null ? hoy : ahora.toLocalDate(), ahora);
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
				List<Object> clave = Arrays.asList(accion.tipo(), accion.fechaLimite(), accion.fechaHoraLimite(),
						accion.destinatarios());
				unicas.merge(clave, accion, (una, otra) -> Objects.equals(una.motivo(), otra.motivo()) ? una
						: new Accion(una.tipo(), una.motivo() + "; " + otra.motivo(), una.fechaLimite(),
								una.fechaHoraLimite(), una.destinatarios()));
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
