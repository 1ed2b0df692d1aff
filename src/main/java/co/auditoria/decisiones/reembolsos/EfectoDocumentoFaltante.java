package co.auditoria.decisiones.reembolsos;

/**
 * Hecho: qué hace con un ítem un documento que falta en esta etapa. En la auditoría lo deja pendiente (el usuario
 * aún puede aportarlo por la línea o el correo); en la conciliación lo objeta (ya no hay espera por documentos).
 */
public record EfectoDocumentoFaltante(EfectoCausal efecto) {
}
