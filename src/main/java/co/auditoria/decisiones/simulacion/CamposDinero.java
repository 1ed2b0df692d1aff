package co.auditoria.decisiones.simulacion;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Los campos de dinero de la respuesta de un dominio, los que la simulación suma antes y después y la mesa muestra:
 * los {@code BigDecimal} del primer nivel cuyo nombre empieza por {@code valor} ({@code valorGlosado},
 * {@code valorReconocido}). Otros decimales ({@code vecesPlazo}, un porcentaje) no son dinero.
 */
public final class CamposDinero {

	private final List<RecordComponent> campos = new ArrayList<>();

	public CamposDinero(Class<?> tipoRespuesta) {
		if (tipoRespuesta.isRecord()) {
			for (RecordComponent campo : tipoRespuesta.getRecordComponents()) {
				if (campo.getType() == BigDecimal.class && campo.getName().startsWith("valor")) {
					campos.add(campo);
				}
			}
		}
	}

	public List<String> nombres() {
		return campos.stream().map(RecordComponent::getName).toList();
	}

	/** Los valores de una respuesta, por su nombre; un valor ausente cuenta como cero. */
	public Map<String, BigDecimal> de(Object respuesta) {
		Map<String, BigDecimal> valores = new LinkedHashMap<>();
		for (RecordComponent campo : campos) {
			Method lector = campo.getAccessor();
			try {
				lector.setAccessible(true);
				Object valor = respuesta == null ? null : lector.invoke(respuesta);
				valores.put(campo.getName(), valor == null ? BigDecimal.ZERO : (BigDecimal) valor);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("No se pudo leer " + campo.getName() + " de la respuesta", ex);
			}
		}
		return valores;
	}

}
