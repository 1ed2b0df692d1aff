package co.auditoria.decisiones.agendamiento;

import java.util.ArrayList;
import java.util.List;

import co.auditoria.decisiones.engine.ErrorCampo;
import co.auditoria.decisiones.engine.RevisionFechas;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/**
 * Los errores 400 propios del dominio que las anotaciones de campo no dicen ({@code spec/agendamiento.md}, "Errores
 * 400 propios"): la entrada IVR sin {@code agenda.hayDisponibilidad}, fechas de nacimiento o de radicación
 * posteriores a la solicitud o fuera de rango ({@link RevisionFechas}) y los elementos de las listas. Cada error
 * nombra su campo; los campos ausentes ya los nombran sus anotaciones.
 *
 * <p>Los elementos de las listas se revisan aquí y no con anotaciones en el tipo de elemento
 * ({@code List<@NotNull CasoRiss>}): Hibernate Validator guarda esas violaciones en un conjunto donde todas las de
 * una lista chocan en el mismo hash, y una lista de 20 000 elementos inválidos tomaba minutos. Una lista de más de
 * {@value SolicitudAgendamiento#MAXIMO_ELEMENTOS} elementos ya es un error (su {@code @Size}): no se revisa elemento
 * por elemento.
 */
class CoherenciaSolicitud implements ConstraintValidator<SolicitudCoherente, SolicitudAgendamiento> {

	private static final int MAXIMO_MARCACION = 100;

	@Override
	public boolean isValid(SolicitudAgendamiento solicitud, ConstraintValidatorContext contexto) {
		List<ErrorCampo> errores = solicitud == null ? List.of() : errores(solicitud);
		if (!errores.isEmpty()) {
			contexto.disableDefaultConstraintViolation();
			errores.forEach(error -> violacion(contexto, error));
		}
		return errores.isEmpty();
	}

	static List<ErrorCampo> errores(SolicitudAgendamiento solicitud) {
		RevisionFechas fechas = new RevisionFechas().enRango("fechaSolicitud", solicitud.fechaSolicitud());
		List<ErrorCampo> errores = new ArrayList<>();
		if (solicitud.afiliado() != null) {
			fechas.enRango("afiliado.fechaNacimiento", solicitud.afiliado().fechaNacimiento())
				.noPosterior("afiliado.fechaNacimiento", solicitud.afiliado().fechaNacimiento(), "fechaSolicitud",
						solicitud.fechaSolicitud());
			marcaciones(errores, solicitud.afiliado().marcacionesRiesgo());
		}
		List<CasoRiss> casos = solicitud.casosRissAbiertos();
		for (int i = 0; i < casos.size() && casos.size() <= SolicitudAgendamiento.MAXIMO_ELEMENTOS; i++) {
			String campo = "casosRissAbiertos[" + i + "]";
			if (casos.get(i) == null) {
				errores.add(new ErrorCampo(campo, "no puede ser nulo"));
				continue;
			}
			fechas.enRango(campo + ".fechaRadicacion", casos.get(i).fechaRadicacion())
				.noPosterior(campo + ".fechaRadicacion", casos.get(i).fechaRadicacion(), "fechaSolicitud", solicitud.fechaSolicitud());
		}
		if (solicitud.canalEntrada() == CanalEntrada.IVR && solicitud.agenda().hayDisponibilidad() == null) {
			errores.add(new ErrorCampo("agenda.hayDisponibilidad",
					"es obligatorio en la entrada IVR (el IVR consulta la agenda antes de ofrecer cita)"));
		}
		errores.addAll(0, fechas.errores());
		return errores;
	}

	private static void marcaciones(List<ErrorCampo> errores, List<String> marcaciones) {
		for (int i = 0; i < marcaciones.size() && marcaciones.size() <= SolicitudAgendamiento.MAXIMO_ELEMENTOS; i++) {
			String marcacion = marcaciones.get(i);
			if (marcacion == null || marcacion.isBlank()) {
				errores.add(new ErrorCampo("afiliado.marcacionesRiesgo[" + i + "]", "no puede estar en blanco"));
			}
			else if (marcacion.length() > MAXIMO_MARCACION) {
				errores.add(new ErrorCampo("afiliado.marcacionesRiesgo[" + i + "]", "debe tener de 1 a " + MAXIMO_MARCACION + " caracteres"));
			}
		}
	}

	/**
	 * Una violación con la ruta del error ({@code afiliado.fechaNacimiento}, {@code casosRissAbiertos[2]},
	 * {@code casosRissAbiertos[2].fechaRadicacion}): en Bean Validation el índice de una lista va en el nodo que sigue
	 * a la lista (el elemento, o el campo del elemento).
	 */
	private static void violacion(ConstraintValidatorContext contexto, ErrorCampo error) {
		var constructor = contexto.buildConstraintViolationWithTemplate(error.mensaje());
		NodeBuilderCustomizableContext abierto = null;
		NodeBuilderDefinedContext conIndice = null;
		Integer indice = null;
		for (String parte : error.campo().split("\\.")) {
			int corchete = parte.indexOf('[');
			String nombre = corchete < 0 ? parte : parte.substring(0, corchete);
			NodeBuilderCustomizableContext nodo = conIndice != null ? conIndice.addPropertyNode(nombre)
					: abierto != null ? abierto.addPropertyNode(nombre) : constructor.addPropertyNode(nombre);
			conIndice = indice == null ? null : nodo.inIterable().atIndex(indice);
			abierto = indice == null ? nodo : null;
			indice = corchete < 0 ? null : Integer.valueOf(parte.substring(corchete + 1, parte.length() - 1));
		}
		if (indice != null) {
			(conIndice != null ? conIndice.addBeanNode() : abierto.addBeanNode()).inIterable().atIndex(indice).addConstraintViolation();
		}
		else if (conIndice != null) {
			conIndice.addConstraintViolation();
		}
		else {
			abierto.addConstraintViolation();
		}
	}

}
