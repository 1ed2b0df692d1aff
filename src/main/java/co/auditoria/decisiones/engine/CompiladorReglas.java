package co.auditoria.decisiones.engine;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;

/**
 * Lee {@code <directorio>/<dominio>/} (DRL, tablas de decisión y catálogos CSV) y compila una KieBase por
 * dominio con la API pública de KIE. Si algo no compila devuelve todos los errores juntos, con archivo y línea,
 * y no construye nada. Un dominio cuyo contenido no cambió reutiliza la KieBase ya compilada.
 */
public class CompiladorReglas {

	private final Path directorio;

	private final List<? extends Dominio<?, ?>> dominios;

	private final ConstruccionKie construccion;

	public CompiladorReglas(Path directorio, List<? extends Dominio<?, ?>> dominios) {
		this(directorio, dominios, ModeloReglas.MVEL);
	}

	public CompiladorReglas(Path directorio, List<? extends Dominio<?, ?>> dominios, ModeloReglas modelo) {
		this.directorio = directorio;
		this.dominios = dominios;
		this.construccion = new ConstruccionKie(modelo);
		dominios.forEach(CompiladorReglas::revisarFasesDelDominio);
	}

	public Path directorio() {
		return directorio;
	}

	/** La huella del contenido actual de todos los dominios, sin compilar nada. */
	public String versionEnDisco() {
		Map<String, String> versiones = new TreeMap<>();
		dominios.forEach(dominio -> versiones.put(dominio.nombre(), FuentesDominio.leer(directorio, dominio.nombre()).version()));
		return FuentesDominio.huella(versiones);
	}

	/**
	 * Compila todos los dominios del directorio.
	 * @param anterior el conjunto activo, cuyos dominios sin cambios se reutilizan; puede ser {@code null}
	 * @throws ReglasInvalidasException con todos los errores si algún archivo no compila
	 */
	public ConjuntoReglas compilar(ConjuntoReglas anterior) {
		return compilar(dominio -> FuentesDominio.leer(directorio, dominio.nombre()), anterior);
	}

	/**
	 * Compila un conjunto de archivos en memoria (una candidata, una versión archivada), por su ruta relativa
	 * {@code <dominio>/<archivo>}, con las mismas revisiones que una recarga y sin tocar el directorio: un dominio
	 * sin archivos es un error, como una carpeta vacía.
	 */
	public ConjuntoReglas compilar(Map<String, String> archivos, ConjuntoReglas anterior) {
		return compilar(dominio -> FuentesDominio.de(dominio.nombre(), archivos), anterior);
	}

	/** Los archivos de reglas de los dominios que tienen carpeta en {@code otro}, por su ruta relativa. */
	public Map<String, String> archivosDe(Path otro) {
		Map<String, String> archivos = new TreeMap<>();
		dominios.stream()
			.filter(dominio -> java.nio.file.Files.isDirectory(otro.resolve(dominio.nombre())))
			.forEach(dominio -> archivos.putAll(FuentesDominio.leer(otro, dominio.nombre()).archivos()));
		return archivos;
	}

	/** La {@code versionReglas} de los archivos de un dominio (por su ruta relativa): la huella de su contenido. */
	public static String version(Map<String, String> archivosDelDominio) {
		return FuentesDominio.huella(new TreeMap<>(archivosDelDominio));
	}

	private ConjuntoReglas compilar(Function<Dominio<?, ?>, FuentesDominio> lector, ConjuntoReglas anterior) {
		long inicio = System.nanoTime();
		// Los dominios son independientes: se compilan en paralelo (arranque y recarga de varios dominios).
		List<Compilado> resultados = dominios.parallelStream()
			.map(dominio -> conCargadorDeLaAplicacion(() -> compilar(dominio, lector, anterior)))
			.toList();
		List<ErrorRegla> errores = resultados.stream().flatMap(resultado -> resultado.errores().stream()).toList();
		if (!errores.isEmpty()) {
			throw new ReglasInvalidasException(errores);
		}
		Map<String, ReglasDeDominio> compilados = new TreeMap<>();
		resultados.forEach(resultado -> compilados.put(resultado.reglas().dominio(), resultado.reglas()));
		Map<String, String> versiones = new TreeMap<>();
		compilados.forEach((nombre, reglas) -> versiones.put(nombre, reglas.version()));
		return new ConjuntoReglas(FuentesDominio.huella(versiones), Map.copyOf(compilados), Instant.now(),
				(System.nanoTime() - inicio) / 1_000_000);
	}

	/**
	 * KIE busca sus servicios con el cargador de clases del hilo, y los hilos del pool común solo ven el
	 * classpath del sistema: en el jar de Spring Boot ({@code java -jar}) no encontraría Drools.
	 */
	private <T> T conCargadorDeLaAplicacion(Supplier<T> tarea) {
		Thread hilo = Thread.currentThread();
		ClassLoader delHilo = hilo.getContextClassLoader();
		hilo.setContextClassLoader(getClass().getClassLoader());
		try {
			return tarea.get();
		}
		finally {
			hilo.setContextClassLoader(delHilo);
		}
	}

	private static void revisarFasesDelDominio(Dominio<?, ?> dominio) {
		if (dominio.fases().stream().filter(Dominio.FASE_RESULTADO::equals).count() != 1) {
			throw new IllegalStateException("El dominio " + dominio.nombre() + " debe tener la fase '"
					+ Dominio.FASE_RESULTADO + "' una vez entre sus fases: " + dominio.fases());
		}
	}

	/** Las reglas de un dominio, o sus errores; si su contenido no cambió, las que ya estaban compiladas. */
	private Compilado compilar(Dominio<?, ?> dominio, Function<Dominio<?, ?>, FuentesDominio> lector,
			ConjuntoReglas anterior) {
		List<ErrorRegla> errores = new ArrayList<>();
		try {
			FuentesDominio fuentes = lector.apply(dominio);
			ReglasDeDominio previo = anterior == null ? null : anterior.dominio(dominio.nombre());
			if (previo != null && previo.version().equals(fuentes.version())) {
				return new Compilado(previo, errores);
			}
			return new Compilado(compilarDominio(dominio, fuentes, errores), errores);
		}
		catch (UncheckedIOException ex) {
			errores.add(new ErrorRegla(dominio.nombre() + "/", 0, "no se pudo leer: " + ex.getCause().getMessage()));
			return new Compilado(null, errores);
		}
	}

	private record Compilado(ReglasDeDominio reglas, List<ErrorRegla> errores) {
	}

	private ReglasDeDominio compilarDominio(Dominio<?, ?> dominio, FuentesDominio fuentes, List<ErrorRegla> errores) {
		if (fuentes.drl().isEmpty() && fuentes.tablas().isEmpty()) {
			errores.add(new ErrorRegla(dominio.nombre() + "/", 0, "el dominio no tiene archivos .drl ni tablas .tabla.csv"));
			return null;
		}
		List<FuenteDrl> drls = new ArrayList<>();
		fuentes.drl().forEach((archivo, texto) -> drls.add(FuenteDrl.deArchivo(archivo, texto)));
		fuentes.tablas().forEach((archivo, contenido) -> {
			try {
				drls.add(FuenteDrl.deTabla(TablaDecision.convertir(archivo, contenido)));
			}
			catch (CatalogoInvalidoException ex) {
				errores.add(ex.comoError());
			}
		});
		Map<String, Catalogo> catalogos = new LinkedHashMap<>();
		fuentes.catalogos().forEach((archivo, contenido) -> {
			try {
				catalogos.put(Path.of(archivo).getFileName().toString().replaceFirst("\\.csv$", ""), Catalogo.leer(archivo, contenido));
			}
			catch (CatalogoInvalidoException ex) {
				errores.add(ex.comoError());
			}
		});
		// Un catálogo que no cargó queda null: sus errores ya están, y revisar contra él solo sumaría ruido.
		CatalogoCausales causales = null;
		Map<String, Object> globales = null;
		try {
			Catalogo catalogoCausales = catalogos.get(CatalogoCausales.ARCHIVO);
			causales = catalogoCausales == null ? CatalogoCausales.vacio()
					: CatalogoCausales.desde(catalogoCausales, dominio);
		}
		catch (CatalogoInvalidoException ex) {
			errores.add(ex.comoError());
		}
		try {
			globales = Map.copyOf(dominio.globales(catalogos));
		}
		catch (CatalogoInvalidoException ex) {
			errores.add(ex.comoError());
		}
		Map<FuenteDrl, PackageDescr> analizadas = ConstruccionKie.analizar(drls, errores);
		RevisionReglas revision = new RevisionReglas(dominio, causales, globales);
		analizadas.forEach(revision::revisar);
		if (analizadas.size() == drls.size()) {
			revision.revisarListasSinUso();
		}
		errores.addAll(revision.errores());
		if (!errores.isEmpty()) {
			return null;
		}
		KieBase kieBase = construccion.construir(dominio, analizadas, errores);
		if (kieBase == null) {
			return null;
		}
		Map<String, Object> declarados = ConstruccionKie.globalesDeclarados(kieBase.getKiePackages(), globales);
		ConstruccionKie.comprobarTipos(kieBase, declarados, analizadas, errores);
		if (!errores.isEmpty()) {
			return null;
		}
		int resultado = dominio.fases().indexOf(Dominio.FASE_RESULTADO);
		return new ReglasDeDominio(dominio.nombre(), fuentes.version(), kieBase,
				kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), declarados,
				new GlobalesDeDominio(declarados), causales, new Veredicto.Precedencia(dominio.resultados(), causales),
				List.copyOf(dominio.fases().subList(0, resultado)),
				List.copyOf(dominio.fases().subList(resultado + 1, dominio.fases().size())), List.copyOf(revision.reglas()),
				Map.copyOf(fuentes.archivos()));
	}

}
