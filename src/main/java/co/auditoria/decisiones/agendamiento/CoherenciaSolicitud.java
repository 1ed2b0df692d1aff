package co.auditoria.decisiones.agendamiento;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Los errores 400 propios del dominio que las anotaciones de campo no dicen ({@code spec/agendamiento.md}, "Errores
 * 400 propios"): la entrada IVR sin {@code agenda.hayDisponibilidad}, fechas de nacimiento o de radicación
 * posteriores a la solicitud, fechas fuera de un rango sensato (un año absurdo haría desbordar el calendario) y los
 * elementos de las listas. Cada error nombra su campo; los campos ausentes ya los nombran sus anotaciones.
 *
 * <p>Los elementos de las listas se revisan aquí y no con anotaciones en el tipo de elemento
 * ({@code List<@NotNull CasoRiss>}): Hibernate Validator guarda esas violaciones en un conjunto donde todas las de
 * una lista chocan en el mismo hash, y una lista de 20 000 elementos inválidos tomaba minutos. Una lista de más de
 * {@value SolicitudAgendamiento#MAXIMO_ELEMENTOS} elementos ya es un error (su {@code @Size}): no se revisa elemento
 * por elemento.
 */
class CoherenciaSolicitud implements ConstraintValidator<SolicitudCoherente, SolicitudAgendamiento> {

	private static final int ANIO_MINIMO = 1900;

	private static final int ANIO_MAXIMO = 2999;

	private static final String RANGO = "fuera del rango admitido (años " + ANIO_MINIMO + " a " + ANIO_MAXIMO + ")";

	private static final String POSTERIOR = "no puede ser posterior a fechaSolicitud";

	private static final int MAXIMO_MARCACION = 100;

	@Override
	public boolean isValid(SolicitudAgendamiento solicitud, ConstraintValidatorContext contexto) {
		if (solicitud == null) {
			return true;
		}
		Errores errores = new Errores(contexto);
		LocalDate referencia = enRango(errores, solicitud.fechaSolicitud(), "fechaSolicitud") ? solicitud.fechaSolicitud() : null;
		if (solicitud.afiliado() != null) {
			LocalDate nacimiento = solicitud.afiliado().fechaNacimiento();
			if (enRango(errores, nacimiento, "afiliado", "fechaNacimiento") && referencia != null && nacimiento.isAfter(referencia)) {
				errores.en(POSTERIOR, "afiliado", "fechaNacimiento");
			}
			marcaciones(errores, solicitud.afiliado().marcacionesRiesgo());
		}
		casos(errores, solicitud.casosRissAbiertos(), referencia);
		if (solicitud.canalEntrada() == CanalEntrada.IVR && solicitud.agenda().hayDisponibilidad() == null) {
			errores.en("es obligatorio en la entrada IVR (el IVR consulta la agenda antes de ofrecer cita)", "agenda",
					"hayDisponibilidad");
		}
		return errores.ninguno();
	}

	private static void marcaciones(Errores errores, List<String> marcaciones) {
		if (marcaciones.size() > SolicitudAgendamiento.MAXIMO_ELEMENTOS) {
			return;
		}
		for (int i = 0; i < marcaciones.size(); i++) {
			String marcacion = marcaciones.get(i);
			if (marcacion == null || marcacion.isBlank()) {
				errores.enElemento("no puede estar en blanco", "afiliado", "marcacionesRiesgo", i, null);
			}
			else if (marcacion.length() > MAXIMO_MARCACION) {
				errores.enElemento("debe tener de 1 a " + MAXIMO_MARCACION + " caracteres", "afiliado", "marcacionesRiesgo", i, null);
			}
		}
	}

	/** Sin casos nulos (las reglas leen cada uno) y con la radicación en rango y no después de la solicitud. */
	private static void casos(Errores errores, List<CasoRiss> casos, LocalDate referencia) {
		if (casos.size() > SolicitudAgendamiento.MAXIMO_ELEMENTOS) {
			return;
		}
		for (int i = 0; i < casos.size(); i++) {
			LocalDate radicacion = casos.get(i) == null ? null : casos.get(i).fechaRadicacion();
			if (casos.get(i) == null) {
				errores.enElemento("no puede ser nulo", null, "casosRissAbiertos", i, null);
			}
			else if (radicacion != null && !enRango(radicacion)) {
				errores.enElemento(RANGO, null, "casosRissAbiertos", i, "fechaRadicacion");
			}
			else if (radicacion != null && referencia != null && radicacion.isAfter(referencia)) {
				errores.enElemento(POSTERIOR, null, "casosRissAbiertos", i, "fechaRadicacion");
			}
		}
	}

	/** Si la fecha viene y está en rango; si está fuera, lo dice en su campo. */
	private static boolean enRango(Errores errores, LocalDate fecha, String... ruta) {
		if (fecha != null && !enRango(fecha)) {
			errores.en(RANGO, ruta);
		}
		return fecha != null && enRango(fecha);
	}

	private static boolean enRango(LocalDate fecha) {
		return fecha.getYear() >= ANIO_MINIMO && fecha.getYear() <= ANIO_MAXIMO;
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
		void en(String mensaje, String... ruta) {
			var nodo = contexto.buildConstraintViolationWithTemplate(mensaje).addPropertyNode(ruta[0]);
			for (int i = 1; i < ruta.length; i++) {
				nodo = nodo.addPropertyNode(ruta[i]);
			}
			nodo.addConstraintViolation();
			ninguno = false;
		}

		/**
		 * El elemento {@code indice} de la lista {@code lista} (dentro de {@code objeto} si no es {@code null}) o, si
		 * {@code campo} no es {@code null}, ese campo del elemento: {@code casosRissAbiertos[2].fechaRadicacion}.
		 */
		void enElemento(String mensaje, String objeto, String lista, int indice, String campo) {
			var constructor = contexto.buildConstraintViolationWithTemplate(mensaje);
			var nodo = objeto == null ? constructor.addPropertyNode(lista) : constructor.addPropertyNode(objeto).addPropertyNode(lista);
			if (campo == null) {
				nodo.addBeanNode().inIterable().atIndex(indice).addConstraintViolation();
			}
			else {
				nodo.addPropertyNode(campo).inIterable().atIndex(indice).addConstraintViolation();
			}
			ninguno = false;
		}

		boolean ninguno() {
			return ninguno;
		}

	}

}
