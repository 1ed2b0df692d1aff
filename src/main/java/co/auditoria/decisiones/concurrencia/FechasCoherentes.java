package co.auditoria.decisiones.concurrencia;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.auditoria.decisiones.engine.ErrorCampo;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/**
 * Las incoherencias entre fechas de {@link CoherenciaFechas} como una anotación más de la solicitud: así corren
 * junto con las demás, también cuando otro campo no se pudo leer, y todas van en el mismo 400 con la ruta de su
 * campo ({@code contactos[2].fechaHora}). Las que comparan con la hora actual (si {@code fechaHoraEvaluacion} no
 * viene) las hace {@code DominioConcurrencia.validar}: si aquí falta es porque no vino o porque no se pudo leer, y
 * la segunda no se compara con nada.
 */
@Documented
@Constraint(validatedBy = FechasCoherentes.Validador.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FechasCoherentes {

	String message() default "fechas incoherentes";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Convierte cada error en una violación con la ruta de su campo. */
	final class Validador implements ConstraintValidator<FechasCoherentes, SolicitudConcurrencia> {

		private static final Pattern PARTE = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");

		@Override
		public boolean isValid(SolicitudConcurrencia solicitud, ConstraintValidatorContext contexto) {
			if (solicitud == null) {
				return true;
			}
			List<ErrorCampo> errores = new ArrayList<>(CoherenciaFechas.entreCampos(solicitud));
			if (solicitud.fechaHoraEvaluacion() != null) {
				errores.addAll(CoherenciaFechas.contraEvaluacion(solicitud, solicitud.fechaHoraEvaluacion(), "fechaHoraEvaluacion"));
			}
			if (errores.isEmpty()) {
				return true;
			}
			contexto.disableDefaultConstraintViolation();
			errores.forEach(error -> violacion(contexto, error));
			return false;
		}

		/** {@code contactos[2].fechaHora}: el índice de la lista va con el nodo que la sigue (API de Jakarta Validation). */
		private static void violacion(ConstraintValidatorContext contexto, ErrorCampo error) {
			ConstraintValidatorContext.ConstraintViolationBuilder constructor = contexto
				.buildConstraintViolationWithTemplate(error.mensaje());
			NodeBuilderCustomizableContext abierto = null;
			NodeBuilderDefinedContext conIndice = null;
			Integer indice = null;
			for (String parte : error.campo().split("\\.")) {
				Matcher partes = PARTE.matcher(parte);
				if (!partes.matches()) {
					throw new IllegalArgumentException("ruta de campo inválida: " + error.campo());
				}
				String nombre = partes.group(1);
				abierto = conIndice != null ? conIndice.addPropertyNode(nombre)
						: abierto != null ? abierto.addPropertyNode(nombre) : constructor.addPropertyNode(nombre);
				conIndice = indice == null ? null : abierto.inIterable().atIndex(indice);
				indice = partes.group(2) == null ? null : Integer.valueOf(partes.group(2));
			}
			if (conIndice != null) {
				conIndice.addConstraintViolation();
			}
			else if (abierto != null) {
				abierto.addConstraintViolation();
			}
		}

	}

}
