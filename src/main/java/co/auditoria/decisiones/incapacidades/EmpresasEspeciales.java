package co.auditoria.decisiones.incapacidades;

import java.util.Set;
import java.util.stream.Collectors;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * Las empresas especiales que define la ARL ({@code empresas-especiales.csv}, columnas
 * {@code nit,nombre}): sus afiliados pueden presentar certificados de medicina prepagada. El NIT se
 * compara solo por sus dígitos, sin puntos ni dígito de verificación separado por guion. Inmutable.
 */
public final class EmpresasEspeciales {

	private final Set<String> nits;

	private EmpresasEspeciales(Set<String> nits) {
		this.nits = nits;
	}

	static EmpresasEspeciales desde(Catalogo catalogo) {
		return new EmpresasEspeciales(catalogo.filas().stream().map(fila -> {
			String nit = normalizar(fila.valor("nit"));
			if (nit.isEmpty()) {
				throw fila.error("NIT inválido: " + fila.valor("nit"));
			}
			return nit;
		}).collect(Collectors.toUnmodifiableSet()));
	}

	public boolean incluye(String nit) {
		return nit != null && nits.contains(normalizar(nit));
	}

	private static String normalizar(String nit) {
		return nit.strip().replaceFirst("-\\d$", "").replaceAll("\\D", "");
	}

}
