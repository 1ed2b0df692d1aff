package co.auditoria.decisiones.agendamiento;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.auditoria.decisiones.engine.Catalogo;

/**
 * La tabla de riesgos que filtra el IVR ({@code marcaciones-riesgo.csv}, columnas {@code codigo,descripcion,excluye}):
 * una marcación excluye de la población objetivo salvo que el catálogo la liste con {@code excluye = NO}. Una
 * marcación desconocida excluye: se protege a la población en riesgo. Inmutable.
 */
public final class MarcacionesRiesgo {

	private final Set<String> queNoExcluyen;

	private MarcacionesRiesgo(Set<String> queNoExcluyen) {
		this.queNoExcluyen = Set.copyOf(queNoExcluyen);
	}

	static MarcacionesRiesgo desde(Catalogo catalogo) {
		Set<String> codigos = new HashSet<>();
		Set<String> queNoExcluyen = new HashSet<>();
		for (Catalogo.Fila fila : catalogo.filas()) {
			String codigo = fila.valor("codigo");
			fila.valor("descripcion");
			if (!codigos.add(codigo)) {
				throw fila.error("la marcación '" + codigo + "' está repetida");
			}
			switch (fila.valor("excluye")) {
				case "SI" -> { }
				case "NO" -> queNoExcluyen.add(codigo);
				default -> throw fila.error("excluye debe ser SI o NO, no '" + fila.valor("excluye") + "'");
			}
		}
		return new MarcacionesRiesgo(queNoExcluyen);
	}

	/** Si alguna de las marcaciones del afiliado lo excluye. Lo llama una regla por solicitud: sin streams. */
	public boolean algunaExcluye(List<String> marcaciones) {
		for (String marcacion : marcaciones) {
			if (!queNoExcluyen.contains(marcacion)) {
				return true;
			}
		}
		return false;
	}

}
