package co.auditoria.decisiones.simulacion;

import java.util.List;
import java.util.Map;

import co.auditoria.decisiones.engine.ConjuntoReglas;
import co.auditoria.decisiones.versiones.CambioDominio;

/**
 * Un conjunto de reglas candidato, compilado aparte con las mismas revisiones que una recarga y nunca activo: sus
 * archivos (todos los dominios), el conjunto compilado y qué dominios cambian respecto de los activos, con qué
 * archivos y reglas.
 */
public record Candidata(Map<String, String> archivos, ConjuntoReglas conjunto, List<CambioDominio> cambios) {

	public List<String> dominiosCambiados() {
		return cambios.stream().map(CambioDominio::dominio).toList();
	}

}
