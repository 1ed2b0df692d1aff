package co.auditoria.decisiones.concurrencia;

import java.time.LocalDateTime;

/**
 * Hecho con el plazo del cargue de la información del egreso ("durante las veinticuatro (24) horas siguientes al
 * egreso"); es también el de gestionar con la IPS los documentos de egreso que falten.
 */
public record PlazoCargue(LocalDateTime limite) {
}
