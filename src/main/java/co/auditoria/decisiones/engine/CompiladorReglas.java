package co.auditoria.decisiones.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Lee {@code <directorio>/<dominio>/*.drl} y los catálogos {@code *.csv} de cada dominio y los compila en
 * una KieBase por dominio. Si algo no compila devuelve todos los errores juntos y no construye nada. Un
 * dominio cuyo contenido no cambió reutiliza la KieBase ya compilada.
 */
public class CompiladorReglas {

	private static final Pattern CAUSAL_EN_DRL = Pattern.compile("new\\s+Causal\\s*\\(\\s*\"([^\"]+)\"");

	private final Path directorio;

	private final List<? extends Dominio<?>> dominios;

	public CompiladorReglas(Path directorio, List<? extends Dominio<?>> dominios) {
		this.directorio = directorio;
		this.dominios = dominios;
	}

	public Path directorio() {
		return directorio;
	}

	/**
	 * Compila todos los dominios.
	 * @param anterior el conjunto activo, cuyos dominios sin cambios se reutilizan; puede ser {@code null}
	 * @throws ReglasInvalidasException con todos los errores si algún archivo no compila
	 */
	public ConjuntoReglas compilar(ConjuntoReglas anterior) {
		long inicio = System.nanoTime();
		// Los dominios son independientes: se compilan en paralelo (arranque y recarga de varios dominios).
		List<Compilado> resultados = dominios.parallelStream()
			.map(dominio -> conCargadorDeLaAplicacion(() -> compilar(dominio, anterior)))
			.toList();
		List<ErrorRegla> errores = resultados.stream().flatMap(resultado -> resultado.errores().stream()).toList();
		if (!errores.isEmpty()) {
			throw new ReglasInvalidasException(errores);
		}
		Map<String, ReglasDeDominio> compilados = new TreeMap<>();
		resultados.forEach(resultado -> compilados.put(resultado.reglas().dominio(), resultado.reglas()));
		Map<String, String> versiones = new TreeMap<>();
		compilados.forEach((nombre, reglas) -> versiones.put(nombre, reglas.version()));
		return new ConjuntoReglas(huella(versiones), Map.copyOf(compilados), Instant.now(),
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

	/** Las reglas de un dominio, o sus errores; si su contenido no cambió, las que ya estaban compiladas. */
	private Compilado compilar(Dominio<?> dominio, ConjuntoReglas anterior) {
		List<ErrorRegla> errores = new ArrayList<>();
		try {
			Map<String, String> archivos = leerArchivos(dominio.nombre());
			String version = huella(archivos);
			ReglasDeDominio previo = anterior == null ? null : anterior.dominio(dominio.nombre());
			if (previo != null && previo.version().equals(version)) {
				return new Compilado(previo, errores);
			}
			return new Compilado(compilarDominio(dominio, version, archivos, errores), errores);
		}
		catch (UncheckedIOException ex) {
			errores.add(new ErrorRegla(relativo(dominio.nombre()), 0, "no se pudo leer: " + ex.getCause().getMessage()));
			return new Compilado(null, errores);
		}
	}

	private record Compilado(ReglasDeDominio reglas, List<ErrorRegla> errores) {
	}

	private ReglasDeDominio compilarDominio(Dominio<?> dominio, String version, Map<String, String> archivos,
			List<ErrorRegla> errores) {
		int erroresPrevios = errores.size();
		if (archivos.keySet().stream().noneMatch(archivo -> archivo.endsWith(".drl"))) {
			errores.add(new ErrorRegla(relativo(dominio.nombre()), 0, "el dominio no tiene archivos .drl"));
			return null;
		}
		ClassLoader cargador = getClass().getClassLoader();
		KnowledgeBuilder constructor = KnowledgeBuilderFactory
			.newKnowledgeBuilder(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(cargador));
		Map<String, Catalogo> catalogos = new LinkedHashMap<>();
		archivos.forEach((archivo, contenido) -> {
			if (archivo.endsWith(".drl")) {
				constructor.add(ResourceFactory.newByteArrayResource(contenido.getBytes(StandardCharsets.UTF_8))
					.setSourcePath(archivo), ResourceType.DRL);
			}
			else {
				try {
					String nombre = Path.of(archivo).getFileName().toString().replaceFirst("\\.csv$", "");
					catalogos.put(nombre, Catalogo.leer(archivo, contenido));
				}
				catch (CatalogoInvalidoException ex) {
					errores.add(ex.comoError());
				}
			}
		});
		for (KnowledgeBuilderError error : constructor.getErrors()) {
			if (error.getMessage().contains("Parser returned a null Package")) {
				continue; // consecuencia de un error de sintaxis que ya se informa con su línea
			}
			int[] lineas = error.getLines();
			String archivo = error.getResource() != null ? error.getResource().getSourcePath() : relativo(dominio.nombre());
			errores.add(new ErrorRegla(archivo, lineas.length > 0 ? lineas[0] : 0, error.getMessage().strip()));
		}
		CatalogoCausales causales = CatalogoCausales.vacio();
		Map<String, Object> globales = Map.of();
		if (errores.size() > erroresPrevios) {
			return null;
		}
		try {
			Catalogo catalogoCausales = catalogos.get(CatalogoCausales.ARCHIVO);
			if (catalogoCausales != null) {
				causales = CatalogoCausales.desde(catalogoCausales, dominio.resultadosPorPrecedencia());
			}
			globales = Map.copyOf(dominio.globales(catalogos));
		}
		catch (CatalogoInvalidoException ex) {
			errores.add(ex.comoError());
		}
		if (errores.size() > erroresPrevios) {
			return null;
		}
		errores.addAll(causalesFueraDeCatalogo(archivos, causales));
		if (errores.size() > erroresPrevios) {
			return null;
		}
		InternalKnowledgeBase kieBase = KnowledgeBaseFactory
			.newKnowledgeBase(KieServices.get().newKieBaseConfiguration(null, cargador));
		kieBase.addPackages(constructor.getKnowledgePackages());
		Map<String, Object> declarados = globalesDeclarados(kieBase.getKiePackages(), globales, dominio.nombre(), errores);
		if (errores.size() > erroresPrevios) {
			return null;
		}
		KieSessionsPool sesiones = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
		return new ReglasDeDominio(dominio.nombre(), version, kieBase, sesiones, declarados, causales,
				reglasPorArchivo(archivos, kieBase.getKiePackages()));
	}

	/** Un código de causal escrito en una regla y ausente de causales.csv sería una respuesta sin descripción. */
	private List<ErrorRegla> causalesFueraDeCatalogo(Map<String, String> archivos, CatalogoCausales causales) {
		List<ErrorRegla> errores = new ArrayList<>();
		archivos.forEach((archivo, contenido) -> {
			if (!archivo.endsWith(".drl")) {
				return;
			}
			String[] lineas = contenido.split("\n", -1);
			for (int i = 0; i < lineas.length; i++) {
				Matcher matcher = CAUSAL_EN_DRL.matcher(lineas[i]);
				while (matcher.find()) {
					if (!causales.contiene(matcher.group(1))) {
						errores.add(new ErrorRegla(archivo, i + 1,
								"la causal '" + matcher.group(1) + "' no está en causales.csv"));
					}
				}
			}
		});
		return errores;
	}

	/** Los globales que las reglas declaran, con su valor; Drools rechaza fijar uno no declarado. */
	private Map<String, Object> globalesDeclarados(Iterable<KiePackage> paquetes, Map<String, Object> globales,
			String dominio, List<ErrorRegla> errores) {
		Map<String, Object> declarados = new LinkedHashMap<>();
		for (KiePackage paquete : paquetes) {
			for (Global global : paquete.getGlobalVariables()) {
				if (globales.containsKey(global.getName())) {
					declarados.put(global.getName(), globales.get(global.getName()));
				}
				else {
					errores.add(new ErrorRegla(relativo(dominio), 0, "el global '" + global.getName()
							+ "' no existe; el dominio ofrece " + globales.keySet()));
				}
			}
		}
		return Map.copyOf(declarados);
	}

	private Map<String, List<String>> reglasPorArchivo(Map<String, String> archivos, Iterable<KiePackage> paquetes) {
		Map<String, List<String>> reglas = new TreeMap<>();
		archivos.keySet().forEach(archivo -> reglas.put(archivo, new ArrayList<>()));
		for (KiePackage paquete : paquetes) {
			for (Rule regla : paquete.getRules()) {
				String archivo = ((RuleImpl) regla).getResource().getSourcePath();
				reglas.computeIfAbsent(archivo, clave -> new ArrayList<>()).add(regla.getName());
			}
		}
		reglas.replaceAll((archivo, nombres) -> nombres.stream().sorted().toList());
		return reglas;
	}

	private Map<String, String> leerArchivos(String dominio) {
		Path carpeta = directorio.resolve(dominio);
		if (!Files.isDirectory(carpeta)) {
			throw new UncheckedIOException(new IOException("no existe el directorio " + carpeta));
		}
		try (Stream<Path> rutas = Files.list(carpeta)) {
			Map<String, String> archivos = new TreeMap<>();
			for (Path ruta : rutas.sorted().toList()) {
				String nombre = ruta.getFileName().toString();
				if (Files.isRegularFile(ruta) && (nombre.endsWith(".drl") || nombre.endsWith(".csv"))) {
					archivos.put(dominio + "/" + nombre, Files.readString(ruta, StandardCharsets.UTF_8));
				}
			}
			return archivos;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String relativo(String dominio) {
		return dominio + "/";
	}

	/** SHA-256 de nombres y contenidos, abreviado a 12 caracteres: cambia si y solo si cambia el contenido. */
	static String huella(Map<String, String> contenidos) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			contenidos.forEach((nombre, contenido) -> {
				sha.update(nombre.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(contenido.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			});
			return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
