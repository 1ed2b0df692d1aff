package co.auditoria.decisiones;

import java.io.PrintStream;

import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.engine.MotorReglas;
import co.auditoria.decisiones.engine.ReglasInvalidasException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Valida los archivos de reglas sin servidor, para analistas:
 * {@code ./mvnw -q compile exec:java} (otro directorio: {@code -Dreglas.directorio=ruta}). Imprime cada error
 * como {@code archivo:línea: mensaje} y termina con código 1 si alguno no compila.
 */
public final class ValidarReglas {

	private ValidarReglas() {
	}

	public static void main(String[] args) {
		System.exit(validar(args, System.out));
	}

	static int validar(String[] args, PrintStream salida) {
		try (ConfigurableApplicationContext contexto = SinServidor.arrancar(args)) {
			ConjuntoReglas activo = contexto.getBean(MotorReglas.class).activo();
			activo.dominios().forEach((nombre, reglas) -> salida.printf("%-14s versión %s, %d reglas en %d archivos%n",
					nombre, reglas.version(), reglas.archivos().values().stream().mapToInt(java.util.List::size).sum(),
					reglas.archivos().size()));
			salida.println("Reglas válidas: versión " + activo.version());
			return 0;
		}
		catch (RuntimeException ex) {
			ReglasInvalidasException invalidas = causa(ex);
			if (invalidas == null) {
				throw ex;
			}
			invalidas.errores().forEach(error -> salida.println(error));
			salida.println(invalidas.errores().size() + " error(es): las reglas no compilan");
			return 1;
		}
	}

	private static ReglasInvalidasException causa(Throwable ex) {
		for (Throwable causa = ex; causa != null; causa = causa.getCause()) {
			if (causa instanceof ReglasInvalidasException invalidas) {
				return invalidas;
			}
		}
		return null;
	}

}
