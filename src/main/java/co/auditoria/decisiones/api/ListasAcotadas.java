package co.auditoria.decisiones.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import co.auditoria.decisiones.engine.ErrorCampo;
import jakarta.validation.constraints.Size;

/**
 * Las listas de una solicitud que traen más elementos de los que admiten, antes de validar sus anotaciones.
 *
 * <p>Por qué antes: Hibernate Validator guarda las violaciones de los elementos de una lista
 * ({@code List<@NotNull X>}) en un conjunto donde todas las de una lista chocan en el mismo hash; una lista de
 * 20 000 elementos nulos tardaba minutos en un solo {@code decide} (lo encontró {@code FuzzSolicitudesTest}). Una
 * lista demasiado larga ya es el error: se nombra con su máximo y no se revisa elemento por elemento.
 *
 * <p>El máximo de una lista es el de su {@code @Size(max)} si lo tiene (con su mensaje) y, si no,
 * {@code decisiones.lista.maximo}. Recorre los registros de la solicitud por sus componentes, que son los nombres
 * del JSON; no conoce ningún dominio.
 */
final class ListasAcotadas {

	/**
	 * Por registro, solo los componentes en los que puede haber una lista (una lista, un registro u otro tipo no
	 * simple), con su accesor ya accesible (los registros de un dominio pueden no ser públicos) y su {@code @Size}:
	 * corre en cada solicitud, y así un texto, un número o una fecha no cuestan nada.
	 */
	private static final ClassValue<Componente[]> PLAN = new ClassValue<>() {
		@Override
		protected Componente[] computeValue(Class<?> tipo) {
			if (!tipo.isRecord()) {
				return new Componente[0];
			}
			List<Componente> plan = new ArrayList<>();
			for (RecordComponent componente : tipo.getRecordComponents()) {
				if (!simple(componente.getType())) {
					Method accesor = componente.getAccessor();
					accesor.trySetAccessible();
					plan.add(new Componente(componente.getName(), accesor, accesor.getAnnotation(Size.class)));
				}
			}
			return plan.toArray(Componente[]::new);
		}
	};

	private record Componente(String nombre, Method accesor, Size size) {
	}

	/** Dónde está un valor; el texto ({@code items[3].codigos}) solo se arma si hay un error. */
	private record Ruta(Ruta padre, String nombre, int indice) {

		Ruta elemento(int i) {
			return new Ruta(this, null, i);
		}

		@Override
		public String toString() {
			String delPadre = padre == null ? "" : padre.toString();
			if (nombre == null) {
				return delPadre + "[" + indice + "]";
			}
			return delPadre.isEmpty() ? nombre : delPadre + "." + nombre;
		}

	}

	private ListasAcotadas() {
	}

	static List<ErrorCampo> excedidas(Object solicitud, int maximoPorOmision) {
		List<ErrorCampo> errores = new ArrayList<>(0);
		revisar(solicitud, null, maximoPorOmision, errores);
		return errores;
	}

	private static void revisar(Object valor, Ruta ruta, int maximoPorOmision, List<ErrorCampo> errores) {
		// Class.isRecord no es barato y esto corre en cada solicitud: lo que no es un registro tiene un plan vacío.
		for (Componente componente : PLAN.get(valor.getClass())) {
			Object hijo = leer(componente, valor);
			if (hijo == null) {
				continue;
			}
			Ruta rutaHijo = new Ruta(ruta, componente.nombre(), -1);
			if (hijo instanceof Collection<?> lista) {
				Size size = componente.size();
				int maximo = size != null && size.max() < Integer.MAX_VALUE ? size.max() : maximoPorOmision;
				if (lista.size() > maximo) {
					errores.add(new ErrorCampo(rutaHijo.toString(), mensaje(size, maximo, lista.size())));
					continue;
				}
				int i = 0;
				for (Object elemento : lista) {
					if (elemento != null) {
						revisar(elemento, rutaHijo.elemento(i), maximoPorOmision, errores);
					}
					i++;
				}
			}
			else {
				revisar(hijo, rutaHijo, maximoPorOmision, errores);
			}
		}
	}

	/** Los tipos que no pueden tener listas dentro. */
	private static boolean simple(Class<?> tipo) {
		return tipo.isPrimitive() || tipo.isEnum() || tipo == String.class || Number.class.isAssignableFrom(tipo)
				|| tipo == Boolean.class || java.time.temporal.Temporal.class.isAssignableFrom(tipo);
	}

	/** El mensaje del {@code @Size} del dominio si lo escribió ("admite hasta 20 fallas"); si no, uno con el máximo. */
	private static String mensaje(Size size, int maximo, int elementos) {
		String propio = size != null && size.max() == maximo && !size.message().startsWith("{") ? size.message()
				: "admite hasta " + maximo + " elementos";
		return propio + " (trae " + elementos + ")";
	}

	private static Object leer(Componente componente, Object registro) {
		try {
			return componente.accesor().invoke(registro);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("No se pudo leer " + componente.nombre() + " de " + registro.getClass().getSimpleName(), ex);
		}
	}

}
