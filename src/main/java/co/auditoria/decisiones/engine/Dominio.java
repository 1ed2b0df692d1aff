package co.auditoria.decisiones.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Lo que un dominio aporta al motor: su solicitud, los hechos que inserta, los globales que sus reglas
 * leen (catálogos CSV, calendario) y los campos propios de su respuesta. Las reglas viven en
 * {@code rules/<nombre>/}; el motor no sabe nada más del dominio.
 *
 * @param <S> el registro Java de la solicitud
 */
public interface Dominio<S> {

	/** Nombre del dominio en la ruta HTTP y subdirectorio de {@code rules/}. */
	String nombre();

	Class<S> tipoSolicitud();

	/**
	 * Los resultados posibles, del que más pesa al que menos. El último es el favorable: el que queda
	 * cuando ninguna regla propone otro.
	 */
	List<String> resultadosPorPrecedencia();

	/**
	 * Construye los globales de las reglas a partir de los catálogos CSV del directorio del dominio.
	 * Un catálogo mal formado se informa con {@link CatalogoInvalidoException}.
	 */
	Map<String, Object> globales(Map<String, Catalogo> catalogos);

	/** Incoherencias que las anotaciones de validación no expresan (p. ej. fin antes de inicio). */
	default List<ErrorCampo> validar(S solicitud) {
		return List.of();
	}

	/** Fecha de referencia fijada en la solicitud, o {@code null} para usar la de hoy. */
	default LocalDate fechaEvaluacion(S solicitud) {
		return null;
	}

	/** Los hechos que se insertan en la sesión, además de {@link Contexto}. */
	Collection<?> hechos(S solicitud);

	/** Identificador del caso para correlacionar la auditoría; se registra solo como hash. */
	String referencia(S solicitud);

	/** Resultado final; por omisión el que dio la precedencia sobre lo que propusieron las reglas. */
	default String resultado(S solicitud, Evaluacion evaluacion) {
		return evaluacion.resultado();
	}

	/** Campos de la respuesta propios del dominio, a partir de los hechos que dejaron las reglas. */
	default Map<String, Object> camposPropios(S solicitud, Evaluacion evaluacion) {
		return Map.of();
	}

	/** Tablas del resumen de un lote que el dominio añade a {@code total} y {@code porResultado}. */
	default Map<String, Object> resumen(List<DecisionTomada<S>> decisiones) {
		return Map.of();
	}

	/** Una solicitud del lote con su evaluación y su resultado final. */
	record DecisionTomada<S>(S solicitud, Evaluacion evaluacion, String resultado, Map<String, Object> camposPropios) {
	}

}
