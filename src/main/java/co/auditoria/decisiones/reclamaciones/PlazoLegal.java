package co.auditoria.decisiones.reclamaciones;

import java.time.LocalDate;

/** Hecho: la fecha en que vence el mes para pagar u objetar (artículos 1080 y 1053 del Código de Comercio). */
public record PlazoLegal(LocalDate fecha) {
}
