package co.auditoria.decisiones.concurrencia;

import java.util.List;
import java.util.stream.Collectors;

/** Hecho con los documentos exigidos al egreso que el asegurado no recibió, en el orden del catálogo. */
public record DocumentosFaltantes(List<DocumentoEgreso> documentos) {

	public DocumentosFaltantes {
		documentos = List.copyOf(documentos);
	}

	public boolean hayFaltantes() {
		return !documentos.isEmpty();
	}

	/** Para el motivo de la acción: "EPICRISIS, INCAPACIDAD". */
	public String codigos() {
		return documentos.stream().map(Enum::name).collect(Collectors.joining(", "));
	}

}
