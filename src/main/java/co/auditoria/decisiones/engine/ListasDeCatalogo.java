package co.auditoria.decisiones.engine;

import java.util.Map;

/**
 * Un global que agrupa las filas de un catálogo CSV en listas con nombre, que las reglas piden por su nombre
 * ({@code criteriosCie10.en("TRAUMA_MAYOR", cie10)}). El compilador coteja ambos lados: una regla que pide
 * una lista que el CSV no define, o una lista del CSV que ninguna regla pide, es un error con su línea.
 */
public interface ListasDeCatalogo {

	/** El archivo del catálogo, relativo al directorio de reglas ({@code invalidez/criterios-cie10.csv}). */
	String archivo();

	/** Cada nombre de lista con la línea del CSV donde aparece por primera vez. */
	Map<String, Long> listas();

}
