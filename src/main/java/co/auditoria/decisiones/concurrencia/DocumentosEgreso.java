package co.auditoria.decisiones.concurrencia;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import co.auditoria.decisiones.engine.Catalogo;
import co.auditoria.decisiones.engine.CatalogoInvalidoException;

/**
 * El catálogo {@code documentos_egreso.csv} ({@code codigo,condicion,descripcion}): qué documentos debe llevar el
 * asegurado al egreso, cuándo se exige cada uno y en qué orden se listan los faltantes. Trae exactamente los códigos
 * de {@link DocumentoEgreso}, el vocabulario de la solicitud. Inmutable: las reglas lo usan como global.
 */
public final class DocumentosEgreso {

	/** Cuándo se exige un documento: siempre, si se solicitaron exámenes, o si el egreso requiere incapacidad. */
	enum Condicion {
		SIEMPRE, EXAMENES_SOLICITADOS, REQUIERE_INCAPACIDAD
	}

	private record Exigencia(DocumentoEgreso documento, Condicion condicion) {

		boolean aplica(Egreso egreso) {
			return switch (condicion) {
				case SIEMPRE -> true;
				case EXAMENES_SOLICITADOS -> egreso.examenesSolicitados();
				case REQUIERE_INCAPACIDAD -> egreso.requiereIncapacidad();
			};
		}

	}

	private final List<Exigencia> exigencias;

	private DocumentosEgreso(List<Exigencia> exigencias) {
		this.exigencias = List.copyOf(exigencias);
	}

	static DocumentosEgreso desde(Catalogo catalogo) {
		List<Exigencia> exigencias = new ArrayList<>();
		Set<DocumentoEgreso> vistos = EnumSet.noneOf(DocumentoEgreso.class);
		for (Catalogo.Fila fila : catalogo.filas()) {
			DocumentoEgreso documento = valor(fila, "codigo", DocumentoEgreso.class);
			Condicion condicion = valor(fila, "condicion", Condicion.class);
			fila.valor("descripcion");
			if (!vistos.add(documento)) {
				throw fila.error("el documento '" + documento + "' está repetido");
			}
			exigencias.add(new Exigencia(documento, condicion));
		}
		Set<DocumentoEgreso> faltan = EnumSet.allOf(DocumentoEgreso.class);
		faltan.removeAll(vistos);
		if (!faltan.isEmpty()) {
			throw new CatalogoInvalidoException(catalogo.archivo(), 0, "faltan los documentos " + faltan
					+ " (el catálogo trae todos los códigos que acepta egreso.documentos)");
		}
		return new DocumentosEgreso(exigencias);
	}

	/** Los exigidos a este egreso que el asegurado no recibió, en el orden del catálogo. */
	public DocumentosFaltantes faltantes(Egreso egreso) {
		List<DocumentoEgreso> faltantes = new ArrayList<>();
		for (Exigencia exigencia : exigencias) {
			if (exigencia.aplica(egreso) && !egreso.documentos().contains(exigencia.documento())) {
				faltantes.add(exigencia.documento());
			}
		}
		return new DocumentosFaltantes(faltantes);
	}

	private static <E extends Enum<E>> E valor(Catalogo.Fila fila, String columna, Class<E> tipo) {
		String texto = fila.valor(columna);
		try {
			return Enum.valueOf(tipo, texto);
		}
		catch (IllegalArgumentException ex) {
			throw fila.error("'" + texto + "' no es un valor de " + columna + "; use uno de " + Arrays.toString(tipo.getEnumConstants()));
		}
	}

}
