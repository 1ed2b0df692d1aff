package co.auditoria.decisiones.engine;

/**
 * Las tablas que un dominio añade al resumen de un lote ({@code total}, {@code porResultado} y {@code errores}
 * son comunes). Se alimenta con cada caso decidido, en orden, y no guarda las decisiones: un lote puede tener
 * miles.
 */
public interface ResumenLote<S, R> {

	void agregar(S solicitud, Evaluacion evaluacion, R respuesta);

	/** Las tablas, del tipo {@link Dominio#tipoResumen()}. */
	Object tablas();

}
