package co.auditoria.decisiones.agendamiento;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Las incoherencias entre campos de una solicitud de agendamiento ({@link CoherenciaSolicitud}). Es una
 * restricción de Bean Validation y no {@code Dominio.validar} para que sus errores vayan en la misma respuesta
 * que los de las anotaciones de campo: {@code validar} solo corre cuando las anotaciones no encontraron nada.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CoherenciaSolicitud.class)
@interface SolicitudCoherente {

	String message() default "solicitud incoherente";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
