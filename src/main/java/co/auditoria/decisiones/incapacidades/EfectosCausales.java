package co.auditoria.decisiones.incapacidades;

import java.util.Map;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * El efecto de cada causal según {@code causales.csv}, para que las reglas sepan si una causal objeta o
 * devuelve sin repetir la lista de códigos: cambiar el efecto en el CSV cambia también la notificación.
 */
public final class EfectosCausales {

	private final Map<String, String> porCodigo;

	private EfectosCausales(Map<String, String> porCodigo) {
		this.porCodigo = porCodigo;
	}

	static EfectosCausales desde(Catalogo catalogo) {
		return new EfectosCausales(catalogo.filas().stream()
			.filter(fila -> fila.opcional("efecto") != null)
			.collect(Collectors.toUnmodifiableMap(fila -> fila.valor("codigo"), fila -> fila.valor("efecto"))));
	}

	/** Si la causal lleva a objetar o a devolver la incapacidad: ambas se notifican al siniestrado y a la empresa. */
	public boolean objetaODevuelve(String codigo) {
		String efecto = porCodigo.get(codigo);
		return "OBJETADA".equals(efecto) || "DEVUELTA".equals(efecto);
	}

}
