package co.auditoria.decisiones.agendamiento;

import java.time.LocalDate;
import java.time.Period;

/**
 * Lo que las reglas necesitan saber de la solicitud y que sale de los catálogos, calculado una vez por una regla
 * de la fase {@code perfil}: la edad, la especialidad del CUPS, si la sede ya migró y el caso RISS abierto que
 * bloquea otra cita de esa especialidad.
 *
 * @param edad años cumplidos a la fecha de la solicitud
 * @param especialidad la del CUPS en {@code cups-alcance.csv}, o {@code null} si está fuera del alcance
 * @param sedeMigrada la efectiva: la de la solicitud si viene, si no la del cronograma de migración
 * @param casoAbierto el caso RISS abierto de la misma especialidad radicado primero, o {@code null}
 */
public record Perfil(int edad, Especialidad especialidad, boolean sedeMigrada, CasoRiss casoAbierto) {

	public static Perfil de(SolicitudAgendamiento solicitud, CupsAlcance cups, SedesMigracion sedes) {
		LocalDate fecha = solicitud.fechaSolicitud();
		Especialidad especialidad = cups.especialidad(solicitud.cups());
		boolean sedeMigrada = solicitud.sedeMigrada() != null ? solicitud.sedeMigrada()
				: sedes.migrada(solicitud.afiliado().sedeCapita(), fecha);
		return new Perfil(edad(solicitud.afiliado().fechaNacimiento(), fecha), especialidad, sedeMigrada,
				especialidad == null ? null : primeroDeLaEspecialidad(solicitud, especialidad, cups));
	}

	/**
	 * Años cumplidos: quien nació un 29 de febrero los cumple el 1 de marzo en los años no bisiestos, como cuenta
	 * {@link Period} (el 28 de febrero aún le falta un día).
	 */
	static int edad(LocalDate nacimiento, LocalDate fecha) {
		return Period.between(nacimiento, fecha).getYears();
	}

	/** "No le permitirá intento de otra cita con esa especialidad": manda el radicado primero; a igual fecha, el primero de la lista. */
	private static CasoRiss primeroDeLaEspecialidad(SolicitudAgendamiento solicitud, Especialidad especialidad, CupsAlcance cups) {
		CasoRiss primero = null;
		for (CasoRiss caso : solicitud.casosRissAbiertos()) {
			if (cups.especialidad(caso.cups()) == especialidad
					&& (primero == null || caso.fechaRadicacion().isBefore(primero.fechaRadicacion()))) {
				primero = caso;
			}
		}
		return primero;
	}

}
