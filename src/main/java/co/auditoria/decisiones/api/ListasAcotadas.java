package co.auditoria.decisiones.api;

import java.lang.reflect.InvocationTargetException;
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

	/** Los componentes de cada registro con su accesor ya accesible (los registros de un dominio pueden no ser públicos). */
	private static final ClassValue<RecordComponent[]> COMPONENTES = new ClassValue<>() {
		@Override
		protected RecordComponent[] computeValue(Class<?> tipo) {
			RecordComponent[] componentes = tipo.getRecordComponents();
			for (RecordComponent componente : componentes) {
				componente.getAccessor().trySetAccessible();
			}
			return componentes;
		}
	};

	private ListasAcotadas() {
	}

	static List<ErrorCampo> excedidas(Object solicitud, int maximoPorOmision) {
		List<ErrorCampo> errores = new ArrayList<>();
		revisar(solicitud, "", maximoPorOmision, errores);
		return errores;
	}

	private static void revisar(Object valor, String ruta, int maximoPorOmision, List<ErrorCampo> errores) {
		if (valor == null || !valor.getClass().isRecord()) {
			return;
		}
		for (RecordComponent componente : COMPONENTES.get(valor.getClass())) {
			Object hijo = leer(componente, valor);
			String rutaHijo = ruta.isEmpty() ? componente.getName() : ruta + "." + componente.getName();
			if (hijo instanceof Collection<?> lista) {
				Size size = componente.getAccessor().getAnnotation(Size.class);
				int maximo = size != null && size.max() < Integer.MAX_VALUE ? size.max() : maximoPorOmision;
				if (lista.size() > maximo) {
					errores.add(new ErrorCampo(rutaHijo, mensaje(size, maximo, lista.size())));
					continue;
				}
				int i = 0;
				for (Object elemento : lista) {
					revisar(elemento, rutaHijo + "[" + i++ + "]", maximoPorOmision, errores);
				}
			}
			else {
				revisar(hijo, rutaHijo, maximoPorOmision, errores);
			}
		}
	}

	/** El mensaje del {@code @Size} del dominio si lo escribió ("admite hasta 20 fallas"); si no, uno con el máximo. */
	private static String mensaje(Size size, int maximo, int elementos) {
		String propio = size != null && size.max() == maximo && !size.message().startsWith("{") ? size.message()
				: "admite hasta " + maximo + " elementos";
		return propio + " (trae " + elementos + ")";
	}

	private static Object leer(RecordComponent componente, Object registro) {
		try {
			return componente.getAccessor().invoke(registro);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("No se pudo leer " + componente.getName() + " de " + registro.getClass().getSimpleName(), ex);
		}
	}

}
