package co.auditoria.decisiones.api;

import java.util.List;

/**
 * Lo que todos los motores de la tabla comparada deben decidir igual para un caso: el resultado, las causales
 * en el orden de {@code causales.csv} y lo propio del dominio (criterios de accidente grave y clasificación PCL en
 * invalidez; nivel de riesgo en GES), como texto.
 */
record DecisionComparada(String resultado, List<String> causales, List<String> detalle) {
}
