package co.auditoria.decisiones.concurrencia;

import java.time.LocalDate;

/** Hecho y campo de la respuesta: el mes del informe en que cuenta el caso ({@code yyyy-MM}) y cuándo se entrega. */
public record InformeMensual(String periodo, LocalDate fechaLimite) {
}
