package co.auditoria.decisiones.ges;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** El cierre del caso GES sin haber otorgado la prestación garantizada. Es un hecho de las reglas. */
public record CasoCerrado(@NotNull(message = "es obligatorio") MotivoCierre motivo, LocalDate fecha) {
}
