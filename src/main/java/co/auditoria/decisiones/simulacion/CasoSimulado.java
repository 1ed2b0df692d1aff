package co.auditoria.decisiones.simulacion;

import tools.jackson.databind.JsonNode;

/**
 * Un caso de una simulación, con de dónde salió: {@code examples/glosas/objetada.json},
 * {@code features/glosas.feature:123} (la fila de {@code Ejemplos}, que se corre sola con
 * {@code -Dcucumber.features=features/glosas.feature:123}) o la posición en un archivo de casos ({@code #41}).
 *
 * @param nombre el nombre del escenario, o {@code null}
 */
public record CasoSimulado(String origen, String nombre, JsonNode json) {
}
