package co.auditoria.decisiones.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Lo que un dominio aporta al motor: su solicitud y su respuesta tipadas, sus resultados y sus fases, los
 * hechos que inserta y los globales que sus reglas leen (catálogos CSV, calendario). Las reglas viven en
 * {@code rules/<nombre>/}; el motor no sabe nada más del dominio, y la API tampoco.
 *
 * <p>El resultado se decide siempre igual, dentro de la sesión: las reglas de las fases anteriores a
 * {@link #FASE_RESULTADO} insertan {@link Causal} (cuyo efecto dice el catálogo) o {@link Resultado}; en esa
 * fase el motor fija el {@link Veredicto} con la precedencia de {@link #resultados()}, y las reglas de las
 * fases siguientes (acciones, plazos) lo leen: {@code Veredicto(resultado == "OBJETADA")}.
 *
 * @param <S> el registro de la solicitud
 * @param <R> el registro de los campos propios de la respuesta, que van al mismo nivel que el sobre común
 */
public interface Dominio<S, R> {

	/** La fase en la que el motor decide el resultado; cada dominio la pone en su lugar de {@link #fases()}. */
	String FASE_RESULTADO = "resultado";

	/** Nombre del dominio en la ruta HTTP y subdirectorio de {@code rules/}. */
	String nombre();

	Class<S> tipoSolicitud();

	Class<R> tipoRespuesta();

	/**
	 * Los resultados posibles, del que más pesa al que menos. El último es el favorable: el que queda
	 * cuando ninguna regla propone otro.
	 */
	List<String> resultados();

	/**
	 * Las fases de la decisión en orden: cada una es un {@code agenda-group} de las reglas (en el DRL, al
	 * principio del archivo o en cada regla) y debe incluir {@link #FASE_RESULTADO}.
	 */
	List<String> fases();

	/**
	 * Construye los globales de las reglas a partir de los catálogos CSV del directorio del dominio.
	 * Un catálogo mal formado se informa con {@link CatalogoInvalidoException}.
	 */
	Map<String, Object> globales(Map<String, Catalogo> catalogos);

	/**
	 * El resultado que propone una causal, leído de su fila de {@code causales.csv}, o {@code null} si no propone
	 * ninguno (lo proponen las reglas). Por omisión es su columna {@code efecto}, que nombra un resultado del
	 * dominio; un dominio cuyo {@code efecto} dice otra cosa (en reclamaciones, {@code OBJECION} de alcance
	 * {@code RECLAMACION} objeta la reclamación) lo traduce aquí. Una fila que no se puede traducir se informa con
	 * {@code fila.error(...)}.
	 */
	default String resultadoDeCausal(Catalogo.Fila causal) {
		return causal.opcional("efecto");
	}

	/** Incoherencias entre campos que las anotaciones de validación no expresan (p. ej. fin antes de inicio). */
	default List<ErrorCampo> validar(S solicitud) {
		return List.of();
	}

	/** Fecha de referencia "hoy" fijada en la solicitud, o {@code null} para usar la de hoy. */
	default LocalDate fechaEvaluacion(S solicitud) {
		return null;
	}

	/** Fecha y hora de referencia "ahora" fijada en la solicitud (plazos en horas), o {@code null}. */
	default LocalDateTime fechaHoraEvaluacion(S solicitud) {
		return null;
	}

	/** Los hechos que se insertan en la sesión, además del {@link Contexto}. */
	Collection<?> hechos(S solicitud);

	/**
	 * Ruta JSON del identificador del caso en la solicitud ({@code idCaso}, {@code factura.numero}): vuelve
	 * con el mismo nombre en la respuesta y en el error de un caso de un lote.
	 */
	String campoIdentificador();

	/** El identificador del caso; la auditoría lo registra solo como hash con clave. */
	String identificador(S solicitud);

	/** Los campos propios de la respuesta, a partir de los hechos que dejaron las reglas. */
	R respuesta(S solicitud, Evaluacion evaluacion);

	/** El registro de las tablas que el dominio añade al resumen de un lote, o {@code null} si no añade. */
	default Class<?> tipoResumen() {
		return null;
	}

	/** Un acumulador nuevo de las tablas del resumen de un lote, o {@code null} si el dominio no añade tablas. */
	default ResumenLote<S, R> nuevoResumen() {
		return null;
	}

}
