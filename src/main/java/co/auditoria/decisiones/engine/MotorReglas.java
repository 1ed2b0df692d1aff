package co.auditoria.decisiones.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

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

	private final EvaluadorReglas evaluador;

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
		this.evaluador = new EvaluadorReglas(reloj.orElse(Clock.system(ZoneId.of(propiedades.zonaHoraria()))));
		this.eventos = eventos;
		EscrituraDirectorio.recuperar(compilador.directorio());
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

	/** El conjunto activo; {@link ReglasNoDisponiblesException} (503) si el servicio arrancó sin reglas válidas. */
	public ConjuntoReglas activoOFalla() {
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
	 * Compila un conjunto en memoria (una candidata, una versión archivada) con las mismas revisiones que una
	 * recarga, sin activarlo ni publicar nada: nunca decide {@code decide}. Los dominios cuyos archivos son los
	 * activos reutilizan sus reglas ya compiladas.
	 * @param archivos todos los archivos de todos los dominios, por su ruta relativa {@code <dominio>/<archivo>}
	 */
	public ConjuntoReglas compilar(Map<String, String> archivos) {
		return compilador.compilar(archivos, activo.get());
	}

	/** Los archivos de reglas de los dominios que tienen carpeta en otro directorio (una copia candidata). */
	public Map<String, String> archivosDe(Path otro) {
		return compilador.archivosDe(otro);
	}

	/** El directorio de reglas, del que se carga al arrancar y al recargar. */
	public Path directorio() {
		return compilador.directorio();
	}

	/**
	 * Activa los archivos de unos dominios escribiéndolos en el directorio de reglas (cada carpeta de dominio de una
	 * vez, {@link EscrituraDirectorio}) y recargando, con el mismo cerrojo que las recargas: el vigilante no recarga a
	 * mitad, y como el directorio queda con lo activo, un reinicio arranca con lo mismo. Primero se compila sin tocar el
	 * directorio; si no compila (ni antes ni después de escribir) siguen las reglas activas y el directorio como estaba.
	 * La activación o el rechazo se publican como en una recarga: quedan en la auditoría y en las métricas.
	 * @param dominios los dominios cuya carpeta se reemplaza por sus archivos de {@code archivos}
	 * @throws UncheckedIOException si el directorio no se puede escribir (un ConfigMap es de solo lectura)
	 */
	public synchronized ConjuntoReglas activar(String quien, Collection<String> dominios, Map<String, String> archivos) {
		try {
			compilador.compilar(archivos, activo.get());
		}
		catch (ReglasInvalidasException ex) {
			log.warn("Activación de {} rechazada, siguen activas las reglas {}: {}", quien, versionActiva(), ex.errores());
			eventos.publishEvent(new RecargaRechazada(quien, versionActiva(), ex.errores(), Instant.now()));
			throw ex;
		}
		EscrituraDirectorio escritura = new EscrituraDirectorio(directorio());
		try {
			escritura.escribir(dominios, archivos);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no se pudo escribir en " + directorio() + ": " + ex.getMessage(), ex);
		}
		try {
			ConjuntoReglas nuevo = recargar(quien);
			escritura.confirmar();
			return nuevo;
		}
		catch (RuntimeException ex) {
			try {
				escritura.deshacer();
			}
			catch (IOException restauracion) {
				log.error("No se pudo restaurar {} tras una activación rechazada: {}", directorio(), restauracion.getMessage());
			}
			throw ex;
		}
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

	private String versionActiva() {
		ConjuntoReglas actual = activo.get();
		return actual == null ? null : actual.version();
	}

	private static ReglasActivadas activacion(String quien, ConjuntoReglas anterior, ConjuntoReglas nuevo) {
		Map<String, String> antes = anterior == null ? Map.of() : anterior.archivos();
		Map<String, String> ahora = nuevo.archivos();
		Set<String> rutas = new TreeSet<>(antes.keySet());
		rutas.addAll(ahora.keySet());
		List<String> cambiados = rutas.stream().filter(ruta -> !Objects.equals(antes.get(ruta), ahora.get(ruta))).toList();
		return new ReglasActivadas(quien, anterior == null ? null : anterior.version(), nuevo.version(), versiones(nuevo),
				cambiados, nuevo.cargadoEn());
	}

	/** Decide un caso ya validado con las reglas activas de su dominio. */
	public <S> Evaluacion evaluar(Dominio<S, ?> dominio, S solicitud) {
		return evaluar(activoOFalla().dominio(dominio.nombre()), dominio, solicitud);
	}

	/**
	 * Decide un caso ya validado con otras reglas del dominio (una candidata en una simulación, una versión archivada
	 * para reproducir una decisión pasada), igual que con las activas.
	 */
	public <S> Evaluacion evaluar(ReglasDeDominio reglas, Dominio<S, ?> dominio, S solicitud) {
		return evaluador.evaluar(reglas, dominio, solicitud);
	}

	private static Map<String, String> versiones(ConjuntoReglas conjunto) {
		Map<String, String> versiones = new LinkedHashMap<>();
		conjunto.dominios().forEach((nombre, reglas) -> versiones.put(nombre, reglas.version()));
		return versiones;
	}

}
