package co.auditoria.decisiones.reclamaciones;

import java.math.BigDecimal;

/**
 * Una objeción de la respuesta: qué se objeta (un ítem de una factura, el tope de un amparo o, con los tres nulos,
 * toda la reclamación), por qué causal y por cuánto.
 *
 * @param item el id del ítem, o {@code null}
 * @param factura el número de su factura, o {@code null}
 * @param amparo el amparo del ítem o del tope, o {@code null} si es de toda la reclamación
 */
public record Objecion(String item, String factura, Amparo amparo, String codigo, BigDecimal valor, String descripcion) {
}
