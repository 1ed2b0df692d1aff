package co.auditoria.decisiones.agendamiento;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Los errores 400 propios del dominio que cruzan campos ({@code spec/agendamiento.md}, "Errores 400 propios"): la
 * entrada IVR sin {@code agenda.hayDisponibilidad}, fechas de nacimiento o de radicación posteriores a la
 * solicitud, y fechas fuera de un rango sensato (un año absurdo haría desbordar el calendario). Cada error nombra
 * su campo. Los campos ausentes ya los nombran sus anotaciones: aquí se saltan.
 */
class CoherenciaSolicitud implements ConstraintValidator<SolicitudCoherente, SolicitudAgendamiento> {

	private static final int ANIO_MINIMO = 1900;

	private static final int ANIO_MAXIMO = 2999;

	private static final String POSTERIOR = "no puede ser posterior a fechaSolicitud";

	@Override
	public boolean isValid(SolicitudAgendamiento solicitud, ConstraintValidatorContext contexto) {
		if (solicitud == null) {
			return true;
		}
		Errores errores = new Errores(contexto);
		LocalDate referencia = enRango(errores, solicitud.fechaSolicitud(), "fechaSolicitud") ? solicitud.fechaSolicitud() : null;
		AfiliadoCita afiliado = solicitud.afiliado();
		if (afiliado != null) {
			LocalDate nacimiento = afiliado.fechaNacimiento();
			if (enRango(errores, nacimiento, "afiliado", "fechaNacimiento") && referencia != null && nacimiento.isAfter(referencia)) {
				errores.agregar(POSTERIOR, "afiliado", "fechaNacimiento");
			}
		}
		List<CasoRiss> casos = solicitud.casosRissAbiertos();
		for (int i = 0; i < casos.size(); i++) {
			LocalDate radicacion = casos.get(i) == null ? null : casos.get(i).fechaRadicacion();
			if (radicacion != null && !enRango(radicacion)) {
				errores.agregarEnLista(rango(), i, "fechaRadicacion");
			}
			else if (radicacion != null && referencia != null && radicacion.isAfter(referencia)) {
				errores.agregarEnLista(POSTERIOR, i, "fechaRadicacion");
			}
		}
		if (solicitud.canalEntrada() == CanalEntrada.IVR && solicitud.agenda().hayDisponibilidad() == null) {
			errores.agregar("es obligatorio en la entrada IVR (el IVR consulta la agenda antes de ofrecer cita)", "agenda",
					"hayDisponibilidad");
		}
		return errores.ninguno();
	}

	/** Si la fecha viene y está en rango; si está fuera, lo dice en su campo. */
	private static boolean enRango(Errores errores, LocalDate fecha, String... ruta) {
		if (fecha != null && !enRango(fecha)) {
			errores.agregar(rango(), ruta);
		}
		return fecha != null && enRango(fecha);
	}

	private static boolean enRango(LocalDate fecha) {
		return fecha.getYear() >= ANIO_MINIMO && fecha.getYear() <= ANIO_MAXIMO;
	}

	private static String rango() {
		return "fuera del rango admitido (años " + ANIO_MINIMO + " a " + ANIO_MAXIMO + ")";
	}

	/** Las violaciones que se van sumando, cada una con la ruta de su campo. */
	private static final class Errores {

		private final ConstraintValidatorContext contexto;

		private boolean ninguno = true;

		Errores(ConstraintValidatorContext contexto) {
			this.contexto = contexto;
			contexto.disableDefaultConstraintViolation();
		}

		/** {@code ruta}: el campo y, si está dentro de un objeto, los de adentro ({@code "afiliado", "fechaNacimiento"}). */
		void agregar(String mensaje, String... ruta) {
			var nodo = contexto.buildConstraintViolationWithTemplate(mensaje).addPropertyNode(ruta[0]);
			for (int i = 1; i < ruta.length; i++) {
				nodo = nodo.addPropertyNode(ruta[i]);
			}
			nodo.addConstraintViolation();
			ninguno = false;
		}

		/** {@code casosRissAbiertos[i].<campo>}. */
		void agregarEnLista(String mensaje, int indice, String campo) {
			contexto.buildConstraintViolationWithTemplate(mensaje)
				.addPropertyNode("casosRissAbiertos")
				.addPropertyNode(campo)
				.inIterable()
				.atIndex(indice)
				.addConstraintViolation();
			ninguno = false;
		}

		boolean ninguno() {
			return ninguno;
		}

	}

}
