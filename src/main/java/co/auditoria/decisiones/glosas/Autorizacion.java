package co.auditoria.decisiones.glosas;

/** La autorización de servicios que el prestador anexó a un ítem. */
public record Autorizacion(String numero, Boolean correspondeAlServicio) {

	public Autorizacion {
		// Sin dato se presume que corresponde: solo el auditor que la revisó puede decir que no.
		correspondeAlServicio = !Boolean.FALSE.equals(correspondeAlServicio);
	}

	public boolean tieneNumero() {
		return numero != null && !numero.isBlank();
	}
}
