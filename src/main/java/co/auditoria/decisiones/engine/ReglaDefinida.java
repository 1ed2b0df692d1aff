package co.auditoria.decisiones.engine;

/**
 * Una regla tal como está escrita: su nombre (el de {@code reglasAplicadas}), el archivo y las líneas donde
 * está, la fase a la que pertenece y su texto, para que un analista vaya del nombre a la regla.
 */
public record ReglaDefinida(String nombre, String archivo, int linea, int lineaFin, String fase, String texto) {
}
