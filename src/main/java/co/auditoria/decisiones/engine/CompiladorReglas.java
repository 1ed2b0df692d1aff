package co.auditoria.decisiones.engine;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;

/**
 * Lee {@code <directorio>/<dominio>/} (DRL, tablas de decisión y catálogos CSV) y compila una KieBase por
 * dominio con la API pública de KIE. Si algo no compila devuelve todos los errores juntos, con archivo y línea,
 * y no construye nada. Un dominio cuyo contenido no cambió reutiliza la KieBase ya compilada.
 */
public class CompiladorReglas {

	private static final String RECURSOS = "src/main/resources/";

	private static final AtomicLong COMPILACIONES = new AtomicLong();

	private final Path directorio;

	private final List<? extends Dominio<?, ?>> dominios;

	private final ModeloReglas modelo;

	public CompiladorReglas(Path directorio, List<? extends Dominio<?, ?>> dominios) {
		this(directorio, dominios, ModeloReglas.MVEL);
	}

	public CompiladorReglas(Path directorio, List<? extends Dominio<?, ?>> dominios, ModeloReglas modelo) {
		this.directorio = directorio;
		this.dominios = dominios;
		this.modelo = modelo;
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
		Map<FuenteDrl, PackageDescr> analizadas = analizar(drls, errores);
		RevisionReglas revision = new RevisionReglas(dominio, causales, globales);
		analizadas.forEach(revision::revisar);
		if (analizadas.size() == drls.size()) {
			revision.revisarListasSinUso();
		}
		errores.addAll(revision.errores());
		if (!errores.isEmpty()) {
			return null;
		}
		KieBase kieBase = construir(dominio, analizadas.keySet(), errores);
		if (kieBase == null) {
			return null;
		}
		Map<String, Object> conElDelMotor = new HashMap<>(globales);
		conElDelMotor.put(ReglasDelMotor.GLOBAL_PRECEDENCIA, new Veredicto.Precedencia(dominio.resultados(), causales));
		Map<String, Object> declarados = globalesDeclarados(kieBase.getKiePackages(), conElDelMotor);
		return new ReglasDeDominio(dominio.nombre(), fuentes.version(), kieBase,
				kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), declarados, causales,
				List.copyOf(revision.reglas()), Map.copyOf(fuentes.archivos()));
	}

	/** Analiza cada DRL; uno con errores de sintaxis no sigue a la compilación (sus errores ya tienen línea). */
	private static Map<FuenteDrl, PackageDescr> analizar(List<FuenteDrl> drls, List<ErrorRegla> errores) {
		Map<FuenteDrl, PackageDescr> analizadas = new LinkedHashMap<>();
		for (FuenteDrl drl : drls) {
			DrlParser analizador = new DrlParser();
			try {
				PackageDescr paquete = analizador.parse(false, drl.texto());
				if (analizador.hasErrors() || paquete == null) {
					for (DroolsError error : analizador.getErrors()) {
						int[] lineas = error.getLines();
						errores.add(drl.error(lineas.length > 0 ? lineas[0] : 0, error.getMessage().strip()));
					}
				}
				else {
					analizadas.put(drl, paquete);
				}
			}
			catch (DroolsParserException ex) {
				errores.add(drl.error(0, ex.getMessage()));
			}
		}
		return analizadas;
	}

	/** Compila con {@link KieBuilder}; el módulo no se queda en el repositorio de KIE (cada recarga haría uno). */
	private KieBase construir(Dominio<?, ?> dominio, Iterable<FuenteDrl> drls, List<ErrorRegla> errores) {
		KieServices servicios = KieServices.get();
		ClassLoader cargador = getClass().getClassLoader();
		KieFileSystem archivos = servicios.newKieFileSystem();
		ReleaseId modulo = servicios.newReleaseId("co.auditoria.reglas", dominio.nombre(), "1." + COMPILACIONES.incrementAndGet());
		archivos.generateAndWritePomXML(modulo);
		Map<String, FuenteDrl> porRuta = new LinkedHashMap<>();
		for (FuenteDrl drl : drls) {
			porRuta.put(drl.rutaCompilacion(), drl);
			archivos.write(RECURSOS + drl.rutaCompilacion(), drl.texto());
		}
		archivos.write(RECURSOS + ReglasDelMotor.RUTA, ReglasDelMotor.drl());
		KieBuilder constructor = modelo.construir(servicios.newKieBuilder(archivos, cargador));
		for (Message mensaje : constructor.getResults().getMessages(Message.Level.ERROR)) {
			FuenteDrl drl = porRuta.get(mensaje.getPath());
			errores.add(drl != null ? drl.error(mensaje.getLine(), mensaje.getText().strip())
					: new ErrorRegla(mensaje.getPath() == null ? dominio.nombre() + "/" : mensaje.getPath(), mensaje.getLine(),
							mensaje.getText().strip()));
		}
		if (!errores.isEmpty()) {
			servicios.getRepository().removeKieModule(modulo);
			return null;
		}
		KieBase kieBase = servicios.newKieContainer(modulo, cargador).getKieBase();
		servicios.getRepository().removeKieModule(modulo);
		return kieBase;
	}

	/**
	 * Los globales que las reglas declaran, con su valor (Drools rechaza fijar uno no declarado); que todos
	 * existan ya lo revisó {@link RevisionReglas}, con su línea.
	 */
	private static Map<String, Object> globalesDeclarados(Iterable<KiePackage> paquetes, Map<String, Object> globales) {
		Map<String, Object> declarados = new LinkedHashMap<>();
		for (KiePackage paquete : paquetes) {
			for (Global global : paquete.getGlobalVariables()) {
				declarados.put(global.getName(), globales.get(global.getName()));
			}
		}
		return Map.copyOf(declarados);
	}

}
