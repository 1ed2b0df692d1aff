package co.auditoria.decisiones.conciliacion;

/**
 * Hecho: la respuesta del prestador que cuenta para la glosa, con su código de respuesta del manual vigente
 * ({@code null} si el catálogo no tiene uno confirmado: nunca se inventa).
 */
public record RespuestaTramitada(String glosa, RespuestaPrestador respuesta, String codigoRespuesta) {

	public TipoRespuesta tipo() {
		return respuesta.tipo();
	}

}
