package co.auditoria.decisiones.agendamiento;

/** Hecho: el canal que gestiona la cita, que una regla de la fase {@code acciones} asigna según el resultado. */
public record Asignacion(CanalAsignado canal) {
}
