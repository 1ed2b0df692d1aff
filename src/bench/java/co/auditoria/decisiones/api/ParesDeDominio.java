package co.auditoria.decisiones.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.auditoria.decisiones.engine.Evaluacion;

/**
 * Un dominio en la tabla comparada: su decisión escrita a mano en Java (el límite), las entradas y salidas de su
 * modelo DMN ({@code src/bench/resources/dmn/<dominio>.dmn}) y cómo se lee la misma decisión de una
 * {@link Evaluacion} de Drools.
 *
 * @param <S> la solicitud del dominio
 */
interface ParesDeDominio<S> {

	/** La decisión escrita a mano, sin motor: lo que la JVM necesita para decidir. */
	DecisionComparada aMano(S solicitud);

	/** El contexto de entrada del DMN. */
	Map<String, Object> entradasDmn(S solicitud);

	/** Los nombres de las decisiones del DMN que se leen. */
	List<String> decisionesDmn();

	/** La decisión a partir de las salidas del DMN: cada decisión, como lista (vacía si ninguna fila aplicó). */
	DecisionComparada desdeDmn(S solicitud, Function<String, List<Object>> salidas);

	DecisionComparada desdeDrools(Evaluacion evaluacion);

}
