package co.auditoria.decisiones.agendamiento;

import java.time.LocalDate;

/**
 * Los campos propios de una decisión de agendamiento ({@code spec/agendamiento.md}, "Campos propios de la
 * respuesta"); los que no aplican van en {@code null}.
 *
 * @param idSolicitud el identificador de la solicitud, tal como vino
 * @param edad años cumplidos a la fecha de la solicitud
 * @param especialidad la del CUPS pedido, o {@code null} si está fuera del alcance
 * @param poblacion si el afiliado es población objetivo de la migración
 * @param sedeMigrada la efectiva: la de la solicitud si vino, si no la del cronograma de migración
 * @param migracionDigital si rige "solo por medios digitales" (objetivo, sede migrada, sin contingencia)
 * @param canalAsignado el canal que gestiona la cita, o {@code null} si está bloqueada por un caso abierto
 * @param fechaRespuestaRiss la fecha límite de respuesta del caso RISS que se radica o que bloquea, o {@code null}
 * @param radicadoAbierto el radicado del caso RISS que bloquea, o {@code null}
 */
public record RespuestaAgendamiento(String idSolicitud, int edad, Especialidad especialidad, Poblacion poblacion,
		boolean sedeMigrada, boolean migracionDigital, CanalAsignado canalAsignado, LocalDate fechaRespuestaRiss,
		String radicadoAbierto) {
}
