package co.auditoria.decisiones.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.runtime.KieSession;

/**
 * Los pasos de {@link CompiladorReglas} que hablan con Drools: analizar cada DRL (para revisar sus nombres antes de
 * compilar), construir la KieBase de un dominio con {@link KieBuilder}, y leer los globales que declaran sus paquetes
 * y comprobar sus tipos.
 * Cada error sale con el archivo y la línea de la regla.
 */
final class ConstruccionKie {

	private static final String RECURSOS = "src/main/resources/";

	private static final AtomicLong COMPILACIONES = new AtomicLong();

	private final ModeloReglas modelo;

	ConstruccionKie(ModeloReglas modelo) {
		this.modelo = modelo;
	}

	/** Analiza cada DRL; uno con errores de sintaxis no sigue a la compilación (sus errores ya tienen línea). */
	static Map<FuenteDrl, PackageDescr> analizar(List<FuenteDrl> drls, List<ErrorRegla> errores) {
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
	KieBase construir(Dominio<?, ?> dominio, Map<FuenteDrl, PackageDescr> drls, List<ErrorRegla> errores) {
		KieServices servicios = KieServices.get();
		ClassLoader cargador = getClass().getClassLoader();
		KieFileSystem archivos = servicios.newKieFileSystem();
		ReleaseId modulo = servicios.newReleaseId("co.auditoria.reglas", dominio.nombre(), "1." + COMPILACIONES.incrementAndGet());
		archivos.generateAndWritePomXML(modulo);
		Map<String, FuenteDrl> porRuta = new LinkedHashMap<>();
		drls.forEach((drl, paquete) -> {
			String ruta = rutaEnElModulo(paquete.getName(), drl.rutaCompilacion());
			porRuta.put(ruta, drl);
			archivos.write(RECURSOS + ruta, drl.texto());
		});
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
		// Una KieBase no cambia después de compilarse (una recarga arma otra): inmutable, cada sesión guarda sus hechos
		// en un mapa por identidad en vez de un almacén por clase que se rearma en cada decisión (−1 µs en ges).
		KieBaseConfiguration configuracion = servicios.newKieBaseConfiguration();
		configuracion.setOption(KieBaseMutabilityOption.DISABLED);
		KieBase kieBase = servicios.newKieContainer(modulo, cargador).newKieBase(configuracion);
		servicios.getRepository().removeKieModule(modulo);
		return kieBase;
	}

	/**
	 * Cada archivo en la carpeta de su paquete, como espera KIE (si no, avisa una vez por archivo en cada compilación);
	 * el nombre lleva su ruta en {@code rules/} para que no choquen dos archivos iguales de carpetas distintas.
	 */
	private static String rutaEnElModulo(String paquete, String rutaCompilacion) {
		String carpeta = paquete == null || paquete.isBlank() ? "" : paquete.replace('.', '/') + "/";
		return carpeta + rutaCompilacion.replace('/', '.');
	}

	/**
	 * Los globales que las reglas declaran, con su valor (Drools rechaza fijar uno no declarado); que todos
	 * existan ya lo revisó {@link RevisionReglas}, con su línea.
	 */
	static Map<String, Object> globalesDeclarados(Iterable<KiePackage> paquetes, Map<String, Object> globales) {
		Map<String, Object> declarados = new LinkedHashMap<>();
		for (KiePackage paquete : paquetes) {
			for (Global global : paquete.getGlobalVariables()) {
				declarados.put(global.getName(), globales.get(global.getName()));
			}
		}
		return Map.copyOf(declarados);
	}

	/**
	 * Drools comprueba el tipo de un global al fijarlo con {@code setGlobal}; las decisiones lo leen de
	 * {@link GlobalesDeDominio} sin fijarlo, así que se fija una vez aquí: un global declarado con un tipo que no es
	 * el del valor que da el dominio es un error de su línea al validar o recargar, no de cada decisión.
	 */
	static void comprobarTipos(KieBase kieBase, Map<String, Object> globales, Map<FuenteDrl, PackageDescr> drls,
			List<ErrorRegla> errores) {
		KieSession prueba = kieBase.newKieSession();
		try {
			drls.forEach((drl, paquete) -> {
				for (GlobalDescr global : paquete.getGlobals()) {
					Object valor = globales.get(global.getIdentifier());
					try {
						prueba.setGlobal(global.getIdentifier(), valor);
					}
					catch (RuntimeException ex) {
						errores.add(drl.error(global.getLine(), "el global '" + global.getIdentifier() + "' se declara como "
								+ global.getType() + " y el dominio lo da como " + valor.getClass().getSimpleName()));
					}
				}
			});
		}
		finally {
			prueba.dispose();
		}
	}

}
